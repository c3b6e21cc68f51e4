package com.example.csl.web;

import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every /api error is {@code application/problem+json}; a 400 lists each bad field with its reason
 * in {@code errors: [{field, message}]}.
 */
@RestControllerAdvice(basePackages = "com.example.csl")
public class ApiExceptionHandler {

  @ExceptionHandler(MethodArgumentNotValidException.class)
  public ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e) {
    List<Map<String, String>> errors = new ArrayList<>();
    for (FieldError error : e.getBindingResult().getFieldErrors()) {
      errors.add(fieldError(error.getField(), error.getDefaultMessage()));
    }
    e.getBindingResult().getGlobalErrors()
        .forEach(error -> errors.add(fieldError(error.getObjectName(), error.getDefaultMessage())));
    return badRequest("请求数据校验失败 (validation failed)", errors);
  }

  @ExceptionHandler(FieldValidationException.class)
  public ResponseEntity<ProblemDetail> invalidField(FieldValidationException e) {
    List<Map<String, String>> errors = new ArrayList<>();
    e.getErrors().forEach((field, message) -> errors.add(fieldError(field, message)));
    return badRequest("请求数据校验失败 (validation failed)", errors);
  }

  @ExceptionHandler(ConstraintViolationException.class)
  public ResponseEntity<ProblemDetail> invalidParameter(ConstraintViolationException e) {
    List<Map<String, String>> errors = new ArrayList<>();
    e.getConstraintViolations().forEach(v -> errors.add(fieldError(lastNode(v.getPropertyPath().toString()), v.getMessage())));
    return badRequest("请求参数校验失败 (validation failed)", errors);
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  public ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
    return badRequest("缺少请求参数 (missing parameter)", List.of(fieldError(e.getParameterName(), "必填 (required)")));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  public ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
    return badRequest("请求参数格式错误 (malformed parameter)",
        List.of(fieldError(e.getName(), "格式错误")));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
    String field = "body";
    String reason = "请求体不是有效的JSON（或超过大小限制）";
    Throwable cause = e.getCause();
    if (cause instanceof com.fasterxml.jackson.databind.JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      field = mapping.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
          .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
      if (cause instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException) {
        reason = "未知字段，不能提交（请检查拼写）";
      } else if (cause instanceof StrictJsonConfiguration.TextRefused refused) {
        reason = refused.getOriginalMessage();
      } else {
        reason = "类型或取值不符（不做自动转换：文字须为字符串，数字须为数字，是否须为 true/false）";
      }
    } else if (cause instanceof com.fasterxml.jackson.core.JsonParseException parse
        && parse.getOriginalMessage() != null && parse.getOriginalMessage().startsWith("Duplicate field")) {
      reason = "JSON中有重复的字段";
    }
    return badRequest("请求体无法解析 (malformed JSON)", List.of(fieldError(field, reason)));
  }

  @ExceptionHandler(com.example.csl.customer.DuplicateCustomerException.class)
  public ResponseEntity<ProblemDetail> duplicateCustomer(com.example.csl.customer.DuplicateCustomerException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setTitle("客户档案已存在 (duplicate customer)");
    problem.setProperty("existingCustomerId", e.getExistingId());
    if (e.isReopenable()) {
      // R-PRE-12: the way back into pre-sale on the same archive
      problem.setProperty("reopen", Map.of("method", "POST", "href", "/api/customers/" + e.getExistingId() + "/reopen"));
    }
    return problem(problem);
  }

  @ExceptionHandler(com.example.csl.common.BusinessRuleViolation.class)
  public ResponseEntity<ProblemDetail> businessRule(com.example.csl.common.BusinessRuleViolation e) {
    List<Map<String, String>> errors = new ArrayList<>();
    e.getErrors().forEach((field, message) -> errors.add(fieldError(field, message)));
    return badRequest("请求数据校验失败 (validation failed)", errors);
  }

  /** Two people changing one case at the same moment: the later one is told, nothing is overwritten. */
  @ExceptionHandler({org.camunda.bpm.engine.OptimisticLockingException.class,
      org.springframework.orm.ObjectOptimisticLockingFailureException.class,
      org.camunda.bpm.engine.TaskAlreadyClaimedException.class})
  public ResponseEntity<ProblemDetail> lostRace(RuntimeException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
        "该案件刚被他人处理或修改，您的请求未执行。请刷新后查看最新状态再操作。");
    problem.setTitle("操作冲突");
    return problem(problem);
  }

  @ExceptionHandler(ConflictException.class)
  public ResponseEntity<ProblemDetail> conflict(ConflictException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setTitle("Conflict");
    e.getProperties().forEach(problem::setProperty);
    return problem(problem);
  }

  @ExceptionHandler({NotFoundException.class, com.example.csl.customer.CustomerNotFoundException.class})
  public ResponseEntity<ProblemDetail> notFound(RuntimeException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    problem.setTitle("Not Found");
    return problem(problem);
  }

  @ExceptionHandler({ForbiddenException.class, AuthorizationException.class})
  public ResponseEntity<ProblemDetail> forbidden(RuntimeException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    problem.setTitle("Forbidden");
    return problem(problem);
  }

  private static String lastNode(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }

  static Map<String, String> fieldError(String field, String message) {
    Map<String, String> error = new LinkedHashMap<>();
    error.put("field", field);
    error.put("message", message);
    return error;
  }

  private static ResponseEntity<ProblemDetail> badRequest(String title, List<Map<String, String>> errors) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setTitle(title);
    problem.setDetail(errors.stream().map(err -> err.get("field") + ": " + err.get("message")).reduce((a, b) -> a + "; " + b).orElse(""));
    problem.setProperty("errors", errors);
    return problem(problem);
  }

  static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
