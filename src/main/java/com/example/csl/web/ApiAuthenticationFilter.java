package com.example.csl.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic authentication of /api requests against the Camunda identity service. The engine's
 * {@code checkPassword} applies its login throttling (R-SEC-2), so repeated wrong passwords lock
 * the account for a growing delay. The authenticated user and groups are set on the engine for the
 * duration of the request, so the engine's authorization checks apply to everything /api does. The
 * application's own pages inside the webapps use the webapp log-in instead: its session with the
 * session's CSRF token.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

  private final IdentityService identityService;

  public ApiAuthenticationFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String[] credentials = basicCredentials(request.getHeader("Authorization"));
    String userId;
    if (credentials == null) {
      userId = webappSessionUser(request);
      if (userId == null) {
        unauthorized(response);
        return;
      }
    } else if (!identityService.checkPassword(credentials[0], credentials[1])) {
      unauthorized(response);
      return;
    } else {
      userId = credentials[0];
    }
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    identityService.setAuthentication(userId, groups);
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /**
   * The user logged in to the Camunda webapps in this session — for the application's own Cockpit
   * pages (制度变更) — provided the request carries the session's CSRF token as the webapps' own API
   * calls do (header X-XSRF-TOKEN), so another site cannot make the browser call /api.
   */
  static String webappSessionUser(HttpServletRequest request) {
    jakarta.servlet.http.HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Object token = session.getAttribute("CAMUNDA_CSRF_TOKEN");
    String sent = request.getHeader("X-XSRF-TOKEN");
    if (token == null || sent == null || !java.security.MessageDigest.isEqual(token.toString().getBytes(StandardCharsets.UTF_8),
        sent.getBytes(StandardCharsets.UTF_8))) {
      return null;
    }
    org.camunda.bpm.webapp.impl.security.auth.Authentications authentications =
        org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null) {
      return null;
    }
    org.camunda.bpm.webapp.impl.security.auth.Authentication user =
        authentications.getAuthenticationForProcessEngine("default");
    return user == null ? null : user.getIdentityId();
  }

  static String[] basicCredentials(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon <= 0) {
        return null;
      }
      return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }

  private static void unauthorized(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Basic realm=\"customer-service-lifecycle\", charset=\"UTF-8\"");
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(
        "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
            + "\"detail\":\"HTTP Basic authentication with a valid user and password is required\"}");
  }
}
