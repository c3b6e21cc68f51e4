package com.example.csl.common;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Who is acting now: the user authenticated on the engine (Tasklist, REST, /api), if any. */
@Component
public class Actor {

  private final IdentityService identityService;

  public Actor(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** The current user id, or {@code fallback} (e.g. a task's assignee) when none is authenticated. */
  public String currentOr(String fallback) {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication != null && authentication.getUserId() != null ? authentication.getUserId() : fallback;
  }
}
