package com.example.csl.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Safe retries (issue 17): a creating {@code POST /api/...} that carries {@code Idempotency-Key} is
 * answered once. The same user sending the same key with the same body again — a retry after a lost
 * answer — gets the first answer (status and body, header {@code Idempotent-Replayed: true}) and nothing
 * is created twice; the key with another body is a 409; the key while its first request still runs is a
 * 409 too. Keys are kept for {@link #KEPT} (24 h).
 *
 * <p>The key, the request's work and the stored answer are one transaction: the request's own
 * transactions (and the engine's) join it. A node that dies before the commit leaves neither the case
 * nor the key — the client's retry, on any node, creates it once; after the commit the key holds the
 * answer and a retry replays it. A refused request (4xx) or a server error keeps no key and changes
 * nothing, so it can be corrected or retried. A retry that arrives while the first still runs waits for
 * it (the key's unique index) and then gets its answer.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

  static final Duration KEPT = Duration.ofHours(24);
  static final String HEADER = "Idempotency-Key";

  private final JdbcTemplate jdbc;
  private final IdentityService identityService;
  private final TransactionTemplate transactions;

  public IdempotencyFilter(JdbcTemplate jdbc, IdentityService identityService, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.identityService = identityService;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  private enum Outcome { DONE, REFUSED, CONCURRENT }

  /** Carries a servlet failure out of the transaction callback. */
  private static final class Failure extends RuntimeException {
    Failure(Exception cause) {
      super(cause);
    }
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key = request.getHeader(HEADER);
    Authentication user = identityService.getCurrentAuthentication();
    if (key == null || !"POST".equals(request.getMethod()) || user == null) {
      chain.doFilter(request, response);
      return;
    }
    if (key.isEmpty() || key.length() > 200 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
      problem(response, 400, "Idempotency-Key 须为1至200个可见ASCII字符");
      return;
    }
    byte[] body = request.getInputStream().readAllBytes();
    String hash = sha256(request.getRequestURI() + "\n" + new String(body, StandardCharsets.UTF_8));
    Instant now = Instant.now();
    jdbc.update("DELETE FROM csl_idempotency_key WHERE created_at < ?", Timestamp.from(now.minus(KEPT)));
    List<Map<String, Object>> stored = jdbc.queryForList(
        "SELECT request_hash, status, content_type, body FROM csl_idempotency_key WHERE user_id = ? AND idem_key = ?",
        user.getUserId(), key);
    if (!stored.isEmpty()) {
      replay(response, stored.get(0), hash);
      return;
    }
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    String userId = user.getUserId();
    Outcome outcome;
    try {
      outcome = transactions.execute(status -> {
        try {
          jdbc.update("INSERT INTO csl_idempotency_key (user_id, idem_key, request_hash, created_at) VALUES (?, ?, ?, ?)",
              userId, key, hash, Timestamp.from(now));
        } catch (DuplicateKeyException concurrent) {
          status.setRollbackOnly();
          return Outcome.CONCURRENT;
        }
        try {
          chain.doFilter(new Replayable(request, body), wrapper);
        } catch (IOException | ServletException e) {
          throw new Failure(e);
        }
        if (wrapper.getStatus() >= 400) {
          status.setRollbackOnly();
          return Outcome.REFUSED;
        }
        jdbc.update("UPDATE csl_idempotency_key SET status = ?, content_type = ?, body = ? WHERE user_id = ? AND idem_key = ?",
            wrapper.getStatus(), wrapper.getContentType(), new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8),
            userId, key);
        return Outcome.DONE;
      });
    } catch (Failure failure) {
      if (failure.getCause() instanceof ServletException e) {
        throw e;
      }
      throw (IOException) failure.getCause();
    }
    if (outcome == Outcome.CONCURRENT) {
      // the first request with this key has finished meanwhile (its insert held ours until it committed)
      List<Map<String, Object>> first = jdbc.queryForList(
          "SELECT request_hash, status, content_type, body FROM csl_idempotency_key WHERE user_id = ? AND idem_key = ?",
          userId, key);
      if (first.isEmpty()) {
        problem(response, 409, "同一 Idempotency-Key 的请求正在处理，请稍后重试");
      } else {
        replay(response, first.get(0), hash);
      }
      return;
    }
    wrapper.copyBodyToResponse();
  }

  private static void replay(HttpServletResponse response, Map<String, Object> stored, String hash) throws IOException {
    // JdbcTemplate's rows are case-insensitive maps: the column names work on H2 and PostgreSQL alike
    if (!hash.equals(stored.get("request_hash"))) {
      problem(response, 409, "该 Idempotency-Key 已用于另一个请求（请求内容不同）");
      return;
    }
    Object status = stored.get("status");
    if (status == null) {
      problem(response, 409, "同一 Idempotency-Key 的请求正在处理，请稍后重试");
      return;
    }
    Object type = stored.get("content_type");
    Object body = stored.get("body");
    response.setStatus(((Number) status).intValue());
    response.setHeader("Idempotent-Replayed", "true");
    if (type != null) {
      response.setContentType(type.toString());
    }
    response.getOutputStream().write(String.valueOf(body == null ? "" : body).getBytes(StandardCharsets.UTF_8));
  }

  private static void problem(HttpServletResponse response, int status, String text) throws IOException {
    ProblemJson.write(response, status, status == 409 ? "操作冲突" : "请求无效", text, List.of(ProblemJson.field(HEADER, null, text)));
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The request with its body read once and served again to the controller. */
  private static final class Replayable extends HttpServletRequestWrapper {
    private final byte[] body;

    Replayable(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          // synchronous only
        }
      };
    }
  }
}
