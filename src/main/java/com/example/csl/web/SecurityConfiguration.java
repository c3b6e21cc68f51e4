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
