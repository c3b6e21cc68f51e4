package com.example.csl.calendar;

import com.example.csl.support.TestPostgres;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link CalendarYearTest} on a real PostgreSQL (R-CAL-2; part of the PostgreSQL suite in mvn verify). */
@DirtiesContext
class CalendarYearPostgresIT extends CalendarYearTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    TestPostgres.register(registry, "csl_it_calendar");
  }
}
