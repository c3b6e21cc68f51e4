package com.example.csl.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import com.example.csl.common.BusinessRuleViolation;
import jakarta.annotation.PostConstruct;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * A user's mistake is not a fault: Camunda's REST layer logs every exception it wraps into a 500
 * (ENGINE-REST-HTTP500, with the stack trace) even when the problem filter then answers 400. This
 * drops those log events when the cause is a {@link BusinessRuleViolation} (the form contract or a
 * listener's rule) or a password the policy refused; {@link EngineRestProblemFilter} logs one line per refusal instead, naming the fields only.
 */
@Component
public class UserMistakeLogFilter extends TurboFilter {

  @PostConstruct
  void install() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
        && context.getTurboFilterList().stream().noneMatch(f -> f instanceof UserMistakeLogFilter)) {
      start();
      context.addTurboFilter(this);
    }
  }

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (level == null || !level.isGreaterOrEqual(Level.WARN) || !logger.getName().startsWith("org.camunda.bpm.engine")) {
      return FilterReply.NEUTRAL;
    }
    if (userMistake(t)) {
      return FilterReply.DENY;
    }
    if (params != null) {
      for (Object param : params) {
        if (param instanceof Throwable throwable && userMistake(throwable)) {
          return FilterReply.DENY;
        }
      }
    }
    return FilterReply.NEUTRAL;
  }

  private static boolean userMistake(Throwable t) {
    for (Throwable cause = t; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof BusinessRuleViolation
          || cause.getMessage() != null && cause.getMessage().contains("Password does not match policy")) {
        return true;
      }
    }
    return false;
  }
}
