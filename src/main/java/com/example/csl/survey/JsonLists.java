package com.example.csl.survey;

import java.util.ArrayList;
import java.util.List;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/** Reads the value of a form-js multi-select (taglist): a Json variable, a JSON text or a Java list. */
final class JsonLists {

  private JsonLists() {}

  static List<String> strings(Object value) {
    List<String> result = new ArrayList<>();
    if (value == null) {
      return result;
    }
    if (value instanceof Iterable<?> items && !(value instanceof SpinJsonNode)) {
      items.forEach(item -> result.add(String.valueOf(item)));
      return result;
    }
    SpinJsonNode node = value instanceof SpinJsonNode json ? json : Spin.JSON(value.toString());
    if (node.isArray()) {
      node.elements().forEach(e -> result.add(e.isString() ? e.stringValue() : e.toString()));
    }
    return result;
  }

  static SpinJsonNode options(List<String[]> labelAndValue) {
    SpinJsonNode options = Spin.JSON("[]");
    labelAndValue.forEach(lv -> options.append(Spin.JSON("{}").prop("label", lv[0]).prop("value", lv[1])));
    return options;
  }
}
