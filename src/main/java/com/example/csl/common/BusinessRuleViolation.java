package com.example.csl.common;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Input a process step refuses (e.g. a form value that fails a server-side rule). Thrown inside
 * the engine's transaction, it rolls the whole step back — nothing is stored — and Tasklist shows
 * the message to the user, whose form stays open with what they entered.
 */
public class BusinessRuleViolation extends ProcessEngineException {

  private final String field;

  public BusinessRuleViolation(String field, String message) {
    super(message);
    this.field = field;
  }

  public String getField() {
    return field;
  }
}
