package com.example.csl.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@code application/problem+json} answer written by a servlet filter (outside Spring MVC's
 * {@link ApiExceptionHandler}): title, status, the Chinese text as {@code detail} and as {@code message}
 * (which Tasklist shows), and the refused fields when there are any.
 */
final class ProblemJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ProblemJson() {}

  static void write(HttpServletResponse response, int status, String title, String text, List<Map<String, String>> errors)
      throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", title);
    body.put("status", status);
    body.put("detail", text);
    body.put("message", text);
    if (errors != null && !errors.isEmpty()) {
      body.put("errors", errors);
    }
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType("application/problem+json;charset=UTF-8");
    response.getOutputStream().write(JSON.writeValueAsBytes(body));
  }

  static void write(HttpServletResponse response, int status, String title, String text) throws IOException {
    write(response, status, title, text, null);
  }

  static Map<String, String> field(String field, String label, String message) {
    Map<String, String> error = new LinkedHashMap<>();
    error.put("field", field);
    if (label != null) {
      error.put("label", label);
    }
    error.put("message", message);
    return error;
  }
}
