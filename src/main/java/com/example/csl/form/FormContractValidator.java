package com.example.csl.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;

/**
 * Checks one submission against a {@link FormContract}, as form-js would in the browser and
 * stricter: required, type, min/max, minLength/maxLength, pattern, declared options (also options fed
 * from a variable), conditional {@code hide} (a hidden field is neither required nor written),
 * read-only fields (never written), no control or bidi characters, no markup, and nothing the form
 * does not declare. Values are never echoed in the reasons.
 */
public final class FormContractValidator {

  /** A text field that declares no maxLength is still capped. */
  static final int DEFAULT_TEXTFIELD_MAX = 200;
  static final int DEFAULT_TEXTAREA_MAX = 2000;
  /** Larger than any amount or count of the regulation; beyond it a double loses cents. */
  static final BigDecimal NUMBER_LIMIT = new BigDecimal("1000000000000");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();
  /** Control characters (line breaks and tabs aside) and bidi overrides: never part of text a person types. */
  public static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");
  private static final Pattern LINE_BREAK = Pattern.compile("[\\r\\n\\t]");
  private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

  /** What the submission may write (read-only and hidden fields removed), and what is wrong with it. */
  public record Outcome(Map<String, Object> accepted, List<FieldProblem> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  private FormContractValidator() {}

  /**
   * @param submitted the variables a client sent (values may be {@link TypedValue}s)
   * @param current the variables the step already sees (for conditions, options and pre-filled fields)
   * @param allowed undeclared variables the model lets this step receive
   */
  public static Outcome check(FormContract contract, Map<String, ?> submitted, Map<String, ?> current, Set<String> allowed) {
    Map<String, Object> values = new LinkedHashMap<>();
    submitted.forEach((key, value) -> values.put(key, plain(value)));
    Map<String, Object> context = new HashMap<>();
    current.forEach((key, value) -> context.put(key, feelValue(plain(value))));
    values.forEach((key, value) -> context.put(key, feelValue(value)));

    List<FieldProblem> problems = new ArrayList<>();
    Map<String, Object> accepted = new LinkedHashMap<>();
    for (String key : submitted.keySet()) {
      FormField field = contract.field(key);
      if (field == null) {
        if (allowed.contains(key)) {
          accepted.put(key, submitted.get(key));
        } else if (current.containsKey(key) || key.endsWith("Id") || key.endsWith("Group")) {
          problems.add(new FieldProblem(key, key, "由系统维护，不能由用户提交或修改"));
        } else {
          problems.add(new FieldProblem(key, key, "本步骤的表单没有这一项，不能提交"));
        }
      }
    }
    for (FormField field : contract.fields().values()) {
      String key = field.key();
      boolean sent = submitted.containsKey(key);
      Object raw = submitted.get(key);
      if (raw instanceof TypedValue typed && typed.getType() != null && !field.readonly()
          && !(typed.getType().isPrimitiveValueType() || typed.getType().getName().equals("null"))
          && !(field.isMultiChoice() && typed.getType().getName().equals("json"))) {
        problems.add(problem(field, "类型不符（" + typed.getType().getName() + "）"));
        continue;
      }
      if (field.readonly() || hidden(field, context)) {
        continue; // shown, not written: a read-only or hidden value is dropped whatever the client sent
      }
      Object value = values.get(key);
      if (isEmpty(value)) {
        // not sent at all keeps a value the step already has (a pre-filled field); sent empty clears it
        boolean missing = sent || isEmpty(plain(current.get(key)));
        if (field.required() && missing) {
          problems.add(problem(field, "必填"));
        } else if (sent) {
          accepted.put(key, submitted.get(key));
        }
        continue;
      }
      String reason = reason(field, value, context);
      if (reason != null) {
        problems.add(problem(field, reason));
      } else {
        accepted.put(key, submitted.get(key));
      }
    }
    return new Outcome(accepted, problems);
  }

  private static FieldProblem problem(FormField field, String message) {
    return new FieldProblem(field.key(), field.displayLabel(), message);
  }

  private static boolean isEmpty(Object value) {
    return value == null || value instanceof String s && s.isBlank()
        || value instanceof Collection<?> c && c.isEmpty();
  }

  private static String reason(FormField field, Object value, Map<String, Object> context) {
    return switch (field.type()) {
      case "textfield", "textarea" -> text(field, value);
      case "number" -> number(field, value);
      case "checkbox" -> value instanceof Boolean b ? (field.required() && !b ? "必须勾选" : null) : "须为是或否";
      case "select", "radio" -> choice(field, value, context);
      case "checklist", "taglist" -> choices(field, value, context);
      case "datetime" -> dateTime(field, value);
      default -> value instanceof String s ? plainText(s, true, DEFAULT_TEXTAREA_MAX) : null;
    };
  }

  private static String text(FormField field, Object value) {
    if (!(value instanceof String s)) {
      return "须为文字";
    }
    int max = field.maxLength() != null ? field.maxLength()
        : field.type().equals("textarea") ? DEFAULT_TEXTAREA_MAX : DEFAULT_TEXTFIELD_MAX;
    String bad = plainText(s, field.type().equals("textarea"), max);
    if (bad != null) {
      return bad;
    }
    if (field.minLength() != null && s.trim().length() < field.minLength()) {
      return "至少" + field.minLength() + "个字";
    }
    if (field.pattern() != null && !field.pattern().isBlank() && !matches(field.pattern(), s.trim())) {
      return "格式不正确";
    }
    if ("email".equals(field.validationType()) && !s.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      return "不是有效的电子邮件地址";
    }
    if ("phone".equals(field.validationType()) && !s.trim().matches("\\+?[0-9][0-9 -]{5,19}")) {
      return "不是有效的电话号码";
    }
    return null;
  }

  /** Null when the text is acceptable: within {@code max}, no control/bidi characters, no markup. */
  static String plainText(String s, boolean multiLine, int max) {
    if (s.length() > max) {
      return "最多" + max + "个字（现有" + s.length() + "个）";
    }
    if (CONTROL.matcher(s).find() || !multiLine && LINE_BREAK.matcher(s).find()) {
      return "含有不允许的控制字符";
    }
    if (MARKUP.matcher(s).find()) {
      return "不能含有HTML或脚本标记（“<”后接字母）";
    }
    return null;
  }

  private static boolean matches(String pattern, String text) {
    try {
      return PATTERNS.computeIfAbsent(pattern, Pattern::compile).matcher(text).find();
    } catch (PatternSyntaxException e) {
      return true; // the form's own pattern is broken: the model check reports it, the user is not blamed
    }
  }

  private static String number(FormField field, Object value) {
    BigDecimal number;
    if (value instanceof Double d && (d.isNaN() || d.isInfinite()) || value instanceof Float f && (f.isNaN() || f.isInfinite())) {
      return "须为有限的数字";
    }
    if (value instanceof BigDecimal d) {
      number = d;
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof BigInteger) {
      number = new BigDecimal(value.toString());
    } else if (value instanceof Double || value instanceof Float) {
      number = BigDecimal.valueOf(((Number) value).doubleValue());
    } else {
      return "须为数字";
    }
    if (number.abs().compareTo(NUMBER_LIMIT) >= 0) {
      return "数值超出允许范围";
    }
    if (field.min() != null && number.compareTo(field.min()) < 0) {
      return "不得小于" + field.min().toPlainString();
    }
    if (field.max() != null && number.compareTo(field.max()) > 0) {
      return "不得大于" + field.max().toPlainString();
    }
    if (field.decimalDigits() != null && Math.max(0, number.stripTrailingZeros().scale()) > field.decimalDigits()) {
      return field.decimalDigits() == 0 ? "须为整数" : "最多" + field.decimalDigits() + "位小数";
    }
    return null;
  }

  private static String choice(FormField field, Object value, Map<String, Object> context) {
    if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
      return "须为单个选项";
    }
    List<String> options = options(field, context);
    return options.contains(value.toString()) ? null : "不是可选的取值";
  }

  private static String choices(FormField field, Object value, Map<String, Object> context) {
    List<?> list = asList(value);
    if (list == null) {
      return "须为选项列表";
    }
    List<String> options = options(field, context);
    for (Object item : list) {
      if (item == null || !options.contains(item.toString())) {
        return "含有不可选的取值";
      }
    }
    return null;
  }

  private static List<String> options(FormField field, Map<String, Object> context) {
    if (field.options() != null) {
      return field.options();
    }
    List<String> options = new ArrayList<>();
    List<?> list = field.valuesKey() == null ? null : asList(context.get(field.valuesKey()));
    if (list != null) {
      for (Object item : list) {
        if (item instanceof Map<?, ?> map) {
          options.add(String.valueOf(map.get("value")));
        } else if (item != null) {
          options.add(item.toString());
        }
      }
    }
    return options;
  }

  /** A list as the form delivers it: a JSON array (Tasklist sends checklists as Json), or a Java list. */
  private static List<?> asList(Object value) {
    if (value instanceof List<?> list) {
      return list;
    }
    if (value instanceof String s && s.trim().startsWith("[")) {
      try {
        JsonNode node = JSON.readTree(s);
        List<Object> items = new ArrayList<>();
        for (JsonNode item : node) {
          items.add(item.isObject() ? JSON.convertValue(item, Map.class) : item.isNull() ? null : item.asText());
        }
        return items;
      } catch (java.io.IOException e) {
        return null;
      }
    }
    return null;
  }

  private static String dateTime(FormField field, Object value) {
    if (value instanceof Date) {
      return null;
    }
    if (!(value instanceof String s) || s.length() > 40) {
      return "须为日期";
    }
    String subtype = field.subtype() == null ? "date" : field.subtype();
    try {
      switch (subtype) {
        case "date" -> {
          if (!DATE.matcher(s).matches()) {
            return "须为日期（年-月-日）";
          }
          LocalDate.parse(s);
        }
        case "time" -> {
          try {
            LocalTime.parse(s);
          } catch (DateTimeParseException local) {
            OffsetTime.parse(s);
          }
        }
        default -> {
          try {
            LocalDateTime.parse(s);
          } catch (DateTimeParseException local) {
            OffsetDateTime.parse(s);
          }
        }
      }
      return null;
    } catch (DateTimeParseException e) {
      return subtype.equals("time") ? "须为时间（时:分）" : "须为日期时间（年-月-日 时:分）";
    }
  }

  /** Evaluates the field's FEEL hide condition against the step's data; an error shows the field. */
  static boolean hidden(FormField field, Map<String, Object> context) {
    if (field.hide() == null || field.hide().isBlank()) {
      return false;
    }
    String expression = field.hide().startsWith("=") ? field.hide().substring(1) : field.hide();
    try {
      EvaluationResult result = FEEL.evaluateExpression(expression, context);
      return result.isSuccess() && Boolean.TRUE.equals(result.result());
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** A variable's value as Java: typed values unwrapped, serialized ones (Json, Object) as their text. */
  static Object plain(Object value) {
    if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      return serializable.getValueSerialized();
    }
    if (value instanceof TypedValue typed) {
      value = typed.getValue();
    }
    if (value != null && value.getClass().getName().startsWith("org.camunda.spin")) {
      return value.toString();
    }
    return value;
  }

  private static Object feelValue(Object value) {
    if (value instanceof Date date) {
      return date.toInstant().toString();
    }
    if (value instanceof String s && s.trim().startsWith("[")) {
      List<?> list = asList(s);
      return list != null ? list : s;
    }
    return value;
  }
}
