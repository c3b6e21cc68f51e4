package com.example.csl.survey;

import org.springframework.stereotype.Component;

/**
 * The timer cycle of satisfaction-survey's start event ({@code ${surveySchedule.cycle}}, R-SAT-1): the
 * configured period as a cron expression, at 09:00 on the first day — every month, in June and
 * December, or every December (S4 5.1.2: "每年12月"). {@code csl.survey.cycle} overrides it.
 */
@Component("surveySchedule")
public class SurveySchedule {

  private final SurveyProperties properties;

  public SurveySchedule(SurveyProperties properties) {
    this.properties = properties;
  }

  public String getCycle() {
    if (properties.getCycle() != null && !properties.getCycle().isBlank()) {
      return properties.getCycle();
    }
    return switch (properties.getPeriod()) {
      case MONTHLY -> "0 0 9 1 * ?";
      case HALF_YEARLY -> "0 0 9 1 6,12 ?";
      case YEARLY -> "0 0 9 1 12 ?";
    };
  }
}
