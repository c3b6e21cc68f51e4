package com.example.csl.form;

/**
 * The exception the outermost engine command of this thread ended with, so the HTTP layer can
 * answer a user's mistake as 400 and a lost race as 409 whatever the engine REST resource made of it.
 */
public final class EngineFailures {

  private static final ThreadLocal<RuntimeException> LAST = new ThreadLocal<>();

  private EngineFailures() {}

  static void record(RuntimeException e) {
    LAST.set(e);
  }

  public static RuntimeException take() {
    RuntimeException e = LAST.get();
    LAST.remove();
    return e;
  }

  public static void clear() {
    LAST.remove();
  }
}
