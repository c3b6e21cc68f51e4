package com.example.csl.support;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/** Runs engine calls authenticated as a demo user, so authorization checks and "who did it" apply. */
public final class AsUser {

  private final IdentityService identityService;

  public AsUser(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T call(String userId, Supplier<T> work) {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    identityService.setAuthentication(userId, groups);
    try {
      return work.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  public void run(String userId, Runnable work) {
    call(userId, () -> {
      work.run();
      return null;
    });
  }
}
