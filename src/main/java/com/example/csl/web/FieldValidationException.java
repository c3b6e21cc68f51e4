package com.example.csl.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** A request that fails validation done in code; answered 400 with each field and its reason. */
public class FieldValidationException extends RuntimeException {

  private final Map<String, String> errors;

  public FieldValidationException(Map<String, String> errors) {
    super(errors.toString());
    this.errors = new LinkedHashMap<>(errors);
  }

  public static FieldValidationException of(String field, String message) {
    return new FieldValidationException(Map.of(field, message));
  }

  public Map<String, String> getErrors() {
    return errors;
  }
}
