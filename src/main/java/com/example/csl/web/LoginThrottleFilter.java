package com.example.csl.web;

import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Log-in that cannot be turned against users (R-SEC-2, issue 15). Failed log-ins are throttled per
 * client address and user name (5 a minute) and per client address (30 a minute) with Bucket4j token
 * buckets: a client that exhausts its bucket is answered 429 without its password being checked, while
 * the real user logging in from their own client is not affected — the engine's own per-user lock,
 * which any stranger could keep closed, is off ({@code login-delay-base: 0}). Covers HTTP Basic on
 * {@code /api} and {@code /engine-rest} and the webapps' log-in form.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

  static final int PER_USER_AND_CLIENT = 5;
  static final int PER_CLIENT = 30;
  private static final int MAX_KEYS = 100_000;

  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String user = userOf(request);
    if (user == null) {
      chain.doFilter(request, response);
      return;
    }
    String client = request.getRemoteAddr();
    Bucket pair = bucket(client + "|" + user.toLowerCase(), PER_USER_AND_CLIENT);
    Bucket address = bucket(client, PER_CLIENT);
    if (pair.getAvailableTokens() <= 0 || address.getAvailableTokens() <= 0) {
      response.setHeader("Retry-After", "60");
      ProblemJson.write(response, 429, "登录尝试过多", "登录失败次数过多，请一分钟后再试（按客户端地址和用户名限制，其他电脑上的登录不受影响）");
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == 401) {
      pair.tryConsume(1);
      address.tryConsume(1);
    }
  }

  /** The user name a request tries: HTTP Basic, or the webapps' log-in form. */
  static String userOf(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header != null) {
      String[] credentials = ApiAuthenticationFilter.basicCredentials(header);
      return credentials == null ? null : credentials[0];
    }
    if ("POST".equals(request.getMethod()) && request.getRequestURI().contains("/auth/user/") && request.getRequestURI().contains("/login/")) {
      return request.getParameter("username");
    }
    return null;
  }

  private Bucket bucket(String key, int perMinute) {
    if (buckets.size() > MAX_KEYS) {
      // keys of clients that stopped trying: drop the full buckets (nothing to remember about them)
      for (Iterator<Map.Entry<String, Bucket>> it = buckets.entrySet().iterator(); it.hasNext(); ) {
        if (it.next().getValue().getAvailableTokens() >= PER_USER_AND_CLIENT) {
          it.remove();
        }
      }
    }
    return buckets.computeIfAbsent(key, k -> Bucket.builder()
        .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1))).build());
  }
}
