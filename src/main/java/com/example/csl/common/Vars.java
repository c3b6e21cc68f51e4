package com.example.csl.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Typed reads of process variables as forms deliver them: numbers may arrive as Long, Double or
 * text; form-js 1.8 delivers a date or datetime field as a String. A value that cannot be read is a
 * {@link BusinessRuleViolation} naming the field, so the step is refused with a clear message.
 */
public final class Vars {

  private Vars() {}

  public static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    String text = value.toString().trim();
    return text.isEmpty() ? null : text;
  }

  public static String requiredText(VariableScope scope, String name, String label) {
    String text = text(scope, name);
    if (text == null) {
      throw new BusinessRuleViolation(name, "必填：" + label);
    }
    return text;
  }

  public static String limited(VariableScope scope, String name, String label, int max, boolean required) {
    String text = required ? requiredText(scope, name, label) : text(scope, name);
    if (text != null && text.length() > max) {
      throw new BusinessRuleViolation(name, label + "最多" + max + "字");
    }
    return text;
  }

  /** A required comma-separated list, e.g. a model's input parameter {@code "C,D"}. */
  public static java.util.List<String> list(VariableScope scope, String name, String label) {
    return java.util.Arrays.asList(parameter(scope, name).split("\\s*,\\s*"));
  }

  /**
   * A value the model or the application provides — an input parameter, a decision's output, a
   * message the API composed — never a user's entry (those are checked by the form contract). Its
   * absence is a fault of the model, not of the user.
   */
  public static String parameter(VariableScope scope, String name) {
    String text = text(scope, name);
    if (text == null) {
      throw new IllegalStateException("the model provides no value for '" + name + "' (input parameter or decision output)");
    }
    return text;
  }

  public static boolean bool(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
  }

  public static BigDecimal decimal(VariableScope scope, String name, String label) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return value instanceof BigDecimal d ? d : new BigDecimal(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new BusinessRuleViolation(name, label + "须为数字");
    }
  }

  public static Long id(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : Long.valueOf(value.toString());
  }

  /** A date from a form: "2026-11-22", or a datetime string of which the date part counts. */
  public static LocalDate date(VariableScope scope, String name, String label) {
    String text = text(scope, name);
    if (text == null) {
      return null;
    }
    try {
      return text.length() <= 10 ? LocalDate.parse(text) : OffsetDateTime.parse(text).toLocalDate();
    } catch (DateTimeParseException e) {
      try {
        return java.time.LocalDateTime.parse(text).toLocalDate();
      } catch (DateTimeParseException e2) {
        throw new BusinessRuleViolation(name, label + "不是有效日期");
      }
    }
  }

  /** An enum constant by name; unknown values are refused with the allowed ones listed. */
  public static <E extends Enum<E>> E oneOf(VariableScope scope, String name, String label, Class<E> type, boolean required) {
    String text = required ? requiredText(scope, name, label) : text(scope, name);
    if (text == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw new BusinessRuleViolation(name, label + "取值无效");
    }
  }
}
