package com.example.csl.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Response headers of both HTTP APIs (issue 15): answers carry personal data, so no cache keeps them
 * ({@code Cache-Control: no-store}); a browser never guesses a content type ({@code nosniff}); no
 * page may frame them.
 */
public class ApiHeadersFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
    // the engine REST API sets its own "no-cache"; no-store is stricter and stays
    chain.doFilter(request, new jakarta.servlet.http.HttpServletResponseWrapper(response) {
      @Override
      public void setHeader(String name, String value) {
        if (!"Cache-Control".equalsIgnoreCase(name)) {
          super.setHeader(name, value);
        }
      }

      @Override
      public void addHeader(String name, String value) {
        if (!"Cache-Control".equalsIgnoreCase(name)) {
          super.addHeader(name, value);
        }
      }
    });
  }
}
