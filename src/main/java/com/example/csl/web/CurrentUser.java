package com.example.csl.web;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** The user authenticated for the current /api request (set by {@link ApiAuthenticationFilter}). */
@Component
public class CurrentUser {

  private final IdentityService identityService;

  public CurrentUser(IdentityService identityService) {
    this.identityService = identityService;
  }

  public String id() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null) {
      throw new ForbiddenException("no authenticated user");
    }
    return authentication.getUserId();
  }

  public List<String> groups() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null || authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
  }

  /** 403 unless the user belongs to one of the groups (camunda-admin always passes). */
  public void requireAnyGroup(String... groupIds) {
    List<String> mine = groups();
    if (mine.contains("camunda-admin") || Arrays.stream(groupIds).anyMatch(mine::contains)) {
      return;
    }
    throw new ForbiddenException("requires membership in one of " + Arrays.toString(groupIds));
  }
}
