package com.example.csl.form;

import com.example.csl.common.BusinessRuleViolation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A submission the step's contract refuses: every problem at once, each with the form's label and a
 * Chinese reason. A user's mistake, not a fault: the engine logs it without a stack trace
 * (a {@link BusinessRuleViolation}), the HTTP layer answers 400 problem+json, nothing is stored.
 */
public class FormContractViolation extends BusinessRuleViolation {

  private final List<FieldProblem> problems;

  public FormContractViolation(List<FieldProblem> problems) {
    super(byField(problems));
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> getProblems() {
    return problems;
  }

  private static Map<String, String> byField(List<FieldProblem> problems) {
    Map<String, String> errors = new LinkedHashMap<>();
    problems.forEach(p -> errors.merge(p.field(), p.text(), (a, b) -> a + "；" + b));
    return errors;
  }

  @Override
  public String getMessage() {
    return summary(problems);
  }

  public static String summary(List<FieldProblem> problems) {
    return "请修正以下" + problems.size() + "项后再提交：" + problems.stream().map(FieldProblem::text).collect(Collectors.joining("；"));
  }
}
