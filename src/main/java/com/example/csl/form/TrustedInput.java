package com.example.csl.form;

import java.util.function.Supplier;

/**
 * Marks engine calls whose variables the application itself composed (ids it owns, such as the
 * complaint id after /api stored the complaint), so the form contract does not apply to them. Every
 * other call made while a user is authenticated — Tasklist, engine REST — is checked.
 */
public final class TrustedInput {

  private static final ThreadLocal<Boolean> TRUSTED = ThreadLocal.withInitial(() -> false);

  private TrustedInput() {}

  public static <T> T call(Supplier<T> work) {
    boolean before = TRUSTED.get();
    TRUSTED.set(true);
    try {
      return work.get();
    } finally {
      TRUSTED.set(before);
    }
  }

  public static void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
  }

  public static boolean active() {
    return TRUSTED.get();
  }
}
