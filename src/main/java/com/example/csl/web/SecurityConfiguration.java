package com.example.csl.web;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * R-SEC-1: both HTTP APIs require HTTP Basic authentication against the Camunda identity service.
 * A request without valid credentials gets 401; the engine's authorization checks then answer
 * 403 for what the user may not do.
 */
@Configuration
public class SecurityConfiguration {

  /** The engine REST API, with Camunda's own authentication filter. */
  @Bean
  public FilterRegistrationBean<Filter> engineRestAuthenticationFilter() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>();
    registration.setName("camunda-rest-auth");
    registration.setFilter(new ProcessEngineAuthenticationFilter());
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(1);
    return registration;
  }

  /** Engine REST answers: 400 problem+json per field, 409 for a lost race, 500 without engine text. */
  @Bean
  public FilterRegistrationBean<Filter> engineRestProblemFilter() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>();
    registration.setName("csl-engine-rest-problems");
    registration.setFilter(new EngineRestProblemFilter());
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(0);
    return registration;
  }

  /** Failed log-ins throttled per client address and user, before any password is checked. */
  @Bean
  public FilterRegistrationBean<Filter> loginThrottleFilter() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new LoginThrottleFilter());
    registration.setName("csl-login-throttle");
    registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/admin/auth/*");
    registration.setOrder(-3);
    return registration;
  }

  /** nosniff, no-store and no framing on both APIs. */
  @Bean
  public FilterRegistrationBean<Filter> apiHeadersFilter() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ApiHeadersFilter());
    registration.setName("csl-api-headers");
    registration.addUrlPatterns("/api/*", "/engine-rest/*");
    registration.setOrder(-2);
    return registration;
  }

  /** Request bodies capped before anything reads them. */
  @Bean
  public FilterRegistrationBean<Filter> apiRequestSizeFilter() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new RequestSizeFilter(256 * 1024,
        java.util.Map.of("/api/regulation-changes", 4L * 1024 * 1024)));
    registration.setName("csl-api-size");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(-1);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<Filter> engineRequestSizeFilter() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new RequestSizeFilter(4 * 1024 * 1024));
    registration.setName("csl-engine-size");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(-1);
    return registration;
  }

  /** Safe retries of creating /api POSTs with an Idempotency-Key (after authentication: keys are per user). */
  @Bean
  public FilterRegistrationBean<Filter> idempotencyFilter(org.springframework.jdbc.core.JdbcTemplate jdbc,
      IdentityService identityService, org.springframework.transaction.PlatformTransactionManager transactionManager) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
        new IdempotencyFilter(jdbc, identityService, transactionManager));
    registration.setName("csl-api-idempotency");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(2);
    return registration;
  }

  /** The application's own API under /api. */
  @Bean
  public FilterRegistrationBean<Filter> apiAuthenticationFilter(IdentityService identityService) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>();
    registration.setName("csl-api-auth");
    registration.setFilter(new ApiAuthenticationFilter(identityService));
    registration.addUrlPatterns("/api/*");
    registration.setOrder(1);
    return registration;
  }
}
