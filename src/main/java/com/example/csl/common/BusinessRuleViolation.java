package com.example.csl.common;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input a process step refuses by a rule a form cannot state (across fields, against the archive).
 * Thrown inside the engine's transaction, it rolls the whole step back — nothing is stored — and the
 * form contract answers it as 400 naming each field with the form's label; the form stays filled.
 * It may name several fields at once, so the user learns every problem with one submit. A user's
 * mistake, not a fault: the engine logs it without a stack trace ({@link BadUserRequestException}).
 */
public class BusinessRuleViolation extends BadUserRequestException {

  private final Map<String, String> errors;

  public BusinessRuleViolation(String field, String message) {
    this(Map.of(field, message));
  }

  public BusinessRuleViolation(Map<String, String> errors) {
    super(String.join("；", errors.values()));
    this.errors = new LinkedHashMap<>(errors);
  }

  /** The first field named. */
  public String getField() {
    return errors.keySet().iterator().next();
  }

  /** Field → reason, every field this rule refused. */
  public Map<String, String> getErrors() {
    return errors;
  }
}
