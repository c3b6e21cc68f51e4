package com.example.csl.support;

import com.example.csl.common.RunAs;
import org.camunda.bpm.engine.IdentityService;

/** Tests act as demo users through the application's {@link RunAs}. */
public final class AsUser extends RunAs {

  public AsUser(IdentityService identityService) {
    super(identityService);
  }
}
