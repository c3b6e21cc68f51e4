package com.example.csl.common;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs an engine call as the application itself, without the user's authorization checks — for a
 * step the API has already authorised by its own rule (e.g. correlating a message to a case that
 * the user may advance but not read in full). Use sparingly, and only after such a check.
 */
@Component
public class SystemActions {

  private final IdentityService identityService;

  public SystemActions(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T call(Supplier<T> work) {
    Authentication user = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (user != null) {
        identityService.setAuthentication(user);
      }
    }
  }

  public void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
  }
}
