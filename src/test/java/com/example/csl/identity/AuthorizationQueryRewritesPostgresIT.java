package com.example.csl.identity;

import com.example.csl.support.TestPostgres;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link AuthorizationQueryRewritesTest} on a real PostgreSQL (part of the PostgreSQL suite in mvn verify). */
@DirtiesContext
class AuthorizationQueryRewritesPostgresIT extends AuthorizationQueryRewritesTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    TestPostgres.register(registry, "csl_it_task_count");
  }
}
