package com.example.csl.common;

import jakarta.validation.ConstraintViolation;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Bean Validation results as field → reason (several reasons of one field joined), in field order. */
public final class FieldErrors {

  private FieldErrors() {}

  public static <T> Map<String, String> of(Set<ConstraintViolation<T>> violations) {
    Map<String, String> errors = new LinkedHashMap<>();
    violations.stream()
        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .forEach(v -> errors.merge(v.getPropertyPath().toString(), v.getMessage(), (a, b) -> a + "；" + b));
    return errors;
  }

  /** Throws one violation naming every field and its reason, when there are any. */
  public static void throwIfAny(Map<String, String> errors) {
    if (!errors.isEmpty()) {
      throw new BusinessRuleViolation(errors);
    }
  }
}
