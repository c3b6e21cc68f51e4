package com.example.csl.identity;

import com.example.csl.support.TestPostgres;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link TaskCountRewriteTest} on a real PostgreSQL (part of the PostgreSQL suite in mvn verify). */
@DirtiesContext
class TaskCountRewritePostgresIT extends TaskCountRewriteTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    TestPostgres.register(registry, "csl_it_task_count");
  }
}
