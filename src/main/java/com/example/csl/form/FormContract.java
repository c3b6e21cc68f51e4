package com.example.csl.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contract of one step: the input fields a deployed Camunda Form declares (form-js schema 1.8:
 * {@code components} with {@code key}, {@code label}, {@code validate}, {@code values}/{@code valuesKey},
 * {@code readonly}, {@code disabled}, {@code conditional.hide}; groups are walked into).
 */
public final class FormContract {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Components that hold no value of their own. */
  private static final List<String> DISPLAY_ONLY = List.of("text", "spacer", "separator", "image", "button", "html", "iframe", "table");

  private final String formId;
  private final Map<String, FormField> fields;

  private FormContract(String formId, Map<String, FormField> fields) {
    this.formId = formId;
    this.fields = Collections.unmodifiableMap(fields);
  }

  public String formId() {
    return formId;
  }

  /** The input fields by key, in the form's order. */
  public Map<String, FormField> fields() {
    return fields;
  }

  public FormField field(String key) {
    return fields.get(key);
  }

  public static FormContract parse(String json) {
    try {
      JsonNode root = JSON.readTree(json);
      Map<String, FormField> fields = new LinkedHashMap<>();
      collect(root.path("components"), fields);
      return new FormContract(root.path("id").asText(null), fields);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a Camunda Form (form-js JSON): " + e.getMessage(), e);
    }
  }

  private static void collect(JsonNode components, Map<String, FormField> fields) {
    for (JsonNode component : components) {
      String type = component.path("type").asText("");
      if (component.has("components")) {
        collect(component.path("components"), fields);
      }
      String key = component.path("key").asText(null);
      if (key == null || DISPLAY_ONLY.contains(type) || type.equals("group")) {
        continue;
      }
      JsonNode validate = component.path("validate");
      List<String> options = null;
      if (component.has("values")) {
        options = new ArrayList<>();
        for (JsonNode value : component.path("values")) {
          options.add(value.path("value").asText());
        }
      }
      String label = component.path("label").asText(null);
      if (label == null) {
        label = component.path("dateLabel").asText(component.path("timeLabel").asText(null));
      }
      fields.put(key, new FormField(key, label, type, component.path("subtype").asText(null),
          validate.path("required").asBoolean(false),
          decimal(validate.get("min")), decimal(validate.get("max")),
          integer(validate.get("minLength")), integer(validate.get("maxLength")),
          validate.path("pattern").asText(null), validate.path("validationType").asText(null),
          integer(component.get("decimalDigits")), options, component.path("valuesKey").asText(null),
          component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false),
          component.path("conditional").path("hide").asText(null)));
    }
  }

  private static BigDecimal decimal(JsonNode node) {
    return node == null || node.isNull() || node.asText().isBlank() ? null : new BigDecimal(node.asText());
  }

  private static Integer integer(JsonNode node) {
    return node == null || node.isNull() || node.asText().isBlank() ? null : node.asInt();
  }
}
