package com.example.csl.web;

import com.example.csl.form.EngineFailures;
import com.example.csl.form.FieldProblem;
import com.example.csl.form.FormContractViolation;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The engine REST API as Tasklist and clients meet it ({@code /engine-rest}, and Tasklist's own
 * {@code /camunda/api/engine}): a refused submission is 400 {@code application/problem+json} listing
 * every field with the form's label and a Chinese reason (also in {@code message}, which Tasklist
 * shows); a lost race (optimistic locking, a task claimed by someone else) is 409; any other server
 * error is 500 with a reference number and no engine text (no SQL, no values), logged with that number.
 */
public class EngineRestProblemFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(EngineRestProblemFilter.class);

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    EngineFailures.clear();
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, wrapper);
      RuntimeException failure = EngineFailures.take();
      if (wrapper.getStatus() >= 400) {
        rewrite(request, wrapper, failure);
      }
    } finally {
      EngineFailures.clear();
      wrapper.copyBodyToResponse();
    }
  }

  private void rewrite(HttpServletRequest request, ContentCachingResponseWrapper response, RuntimeException failure)
      throws IOException {
    FormContractViolation violation = find(failure, FormContractViolation.class);
    if (violation != null) {
      List<Map<String, String>> errors = new ArrayList<>();
      for (FieldProblem problem : violation.getProblems()) {
        errors.add(ProblemJson.field(problem.field(), problem.label(), problem.message()));
      }
      LOG.info("refused submission {} {}: fields {}", request.getMethod(), request.getRequestURI(),
          violation.getProblems().stream().map(FieldProblem::field).toList());
      ProblemJson.write(response, 400, "提交的内容未通过校验", FormContractViolation.summary(violation.getProblems()), errors);
      return;
    }
    if (find(failure, org.camunda.bpm.engine.exception.NullValueException.class) != null
        && String.valueOf(failure.getMessage()).contains("Cannot find task")) {
      // completing or claiming a task another user has just completed is a lost race (409); a GET is a plain 404
      int status = "GET".equals(request.getMethod()) ? 404 : 409;
      ProblemJson.write(response, status, status == 409 ? "操作冲突" : "任务不存在",
          "该任务不存在或刚被他人处理完成，您的提交未保存。请刷新任务列表。");
      return;
    }
    String engineText = failure == null || failure.getMessage() == null ? "" : failure.getMessage().toLowerCase();
    if (engineText.contains("password") && engineText.contains("policy")) {
      String text = "密码不符合密码策略 (password policy)：至少10个字符，须同时包含大写字母、小写字母、数字和特殊字符；"
          + "不能由常见密码变形而来（如 P@ssw0rd、Qwerty）；不能包含用户名或姓名";
      ProblemJson.write(response, 400, "密码不符合要求", text, List.of(ProblemJson.field("password", "密码", text)));
      return;
    }
    if (find(failure, org.camunda.bpm.engine.AuthorizationException.class) != null && response.getStatus() != 403) {
      // some engine REST resources wrap a refusal of permission into "400 Not enough parameters submitted"
      ProblemJson.write(response, 403, "没有权限", "您没有办理此任务或修改此数据的权限。");
      return;
    }
    if (find(failure, OptimisticLockingException.class) != null || find(failure, TaskAlreadyClaimedException.class) != null) {
      ProblemJson.write(response, 409, "操作冲突", "该任务或案件刚被他人处理或修改，您的提交未保存。请刷新后查看最新状态再操作。");
      return;
    }
    if (response.getStatus() >= 500) {
      String reference = UUID.randomUUID().toString().substring(0, 8);
      LOG.warn("engine REST {} {} answered {} (reference {}): {}", request.getMethod(), request.getRequestURI(),
          response.getStatus(), reference, new String(response.getContentAsByteArray(), StandardCharsets.UTF_8));
      ProblemJson.write(response, 500, "服务器内部错误",
          "服务器处理出错（参考编号 " + reference + "），您的提交未保存。请稍后重试，或把参考编号告诉系统管理员。");
    }
  }

  private static <E extends Throwable> E find(Throwable failure, Class<E> type) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }
}
