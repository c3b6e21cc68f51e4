package com.example.csl.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps request bodies ({@code /api}: 256 KB; the engine REST API, which also takes deployments: 4 MB).
 * A declared length beyond the cap is answered 413 at once; a body that grows beyond it while read
 * fails the read, which the API answers 400.
 */
public class RequestSizeFilter extends OncePerRequestFilter {

  private final long defaultLimit;
  private final java.util.Map<String, Long> limitsByPath;

  public RequestSizeFilter(long limit) {
    this(limit, java.util.Map.of());
  }

  /** With larger caps for some paths (prefix of the request URI → cap), e.g. the model upload of a regulation change. */
  public RequestSizeFilter(long limit, java.util.Map<String, Long> limitsByPath) {
    this.defaultLimit = limit;
    this.limitsByPath = limitsByPath;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long limit = defaultLimit;
    for (var entry : limitsByPath.entrySet()) {
      if (request.getRequestURI().startsWith(entry.getKey())) {
        limit = entry.getValue();
      }
    }
    final long cap = limit;
    if (request.getContentLengthLong() > limit) {
      ProblemJson.write(response, 413, "请求体过大", "请求体最多 " + limit / 1024 + " KB");
      return;
    }
    chain.doFilter(new HttpServletRequestWrapper(request) {
      private ServletInputStream stream;

      @Override
      public ServletInputStream getInputStream() throws IOException {
        if (stream == null) {
          stream = new Limited(super.getInputStream(), cap);
        }
        return stream;
      }
    }, response);
  }

  private static final class Limited extends ServletInputStream {
    private final ServletInputStream in;
    private final long limit;
    private long read;

    Limited(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    private void count(long n) throws IOException {
      read += Math.max(0, n);
      if (read > limit) {
        throw new IOException("request body larger than " + limit + " bytes");
      }
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      count(n);
      return n;
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
