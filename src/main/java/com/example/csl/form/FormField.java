package com.example.csl.form;

import java.math.BigDecimal;
import java.util.List;

/**
 * One input of a deployed Camunda Form (form-js schema): what the form declares about the value a
 * user may submit under {@code key}.
 *
 * @param options the declared values of a select, radio, checklist or taglist (null when fed from a variable)
 * @param valuesKey the variable that holds the options, when the form takes them from the process
 * @param hide the FEEL condition ({@code =…}) under which the field is hidden (then neither required nor written)
 */
public record FormField(
    String key,
    String label,
    String type,
    String subtype,
    boolean required,
    BigDecimal min,
    BigDecimal max,
    Integer minLength,
    Integer maxLength,
    String pattern,
    String validationType,
    Integer decimalDigits,
    List<String> options,
    String valuesKey,
    boolean readonly,
    String hide) {

  /** The label a person reads: the form's label, or the date label of a date field, or the key. */
  public String displayLabel() {
    return label == null || label.isBlank() ? key : label;
  }

  public boolean isText() {
    return type.equals("textfield") || type.equals("textarea");
  }

  public boolean isChoice() {
    return type.equals("select") || type.equals("radio");
  }

  public boolean isMultiChoice() {
    return type.equals("checklist") || type.equals("taglist");
  }
}
