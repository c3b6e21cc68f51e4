package com.example.csl.form;

import com.example.csl.support.TestPostgres;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The bad-input corpus of {@link BadInputCorpusTest} on a real PostgreSQL (part of the PostgreSQL suite in mvn verify). */
@DirtiesContext
class BadInputCorpusPostgresIT extends BadInputCorpusTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    TestPostgres.register(registry, "csl_it_corpus");
  }
}
