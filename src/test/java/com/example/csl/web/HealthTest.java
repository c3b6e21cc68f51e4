package com.example.csl.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.csl.notification.NotificationHealthIndicator;
import com.example.csl.support.CslSpringTest;
import com.example.csl.support.Http;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HttpCodeStatusMapper;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Health that tells the truth (issue 17): DOWN and OUT_OF_SERVICE are 503, DEGRADED is 200; probes for liveness and readiness. */
@CslSpringTest
class HealthTest {

  @LocalServerPort int port;
  @Autowired HttpCodeStatusMapper statusMapper;

  @Test
  @DisplayName("R-NOT-1 health answers 503 for DOWN and OUT_OF_SERVICE, 200 for DEGRADED notifications and UP")
  void statusCodes() {
    assertThat(statusMapper.getStatusCode(Status.DOWN)).isEqualTo(503);
    assertThat(statusMapper.getStatusCode(Status.OUT_OF_SERVICE)).isEqualTo(503);
    assertThat(statusMapper.getStatusCode(NotificationHealthIndicator.DEGRADED)).isEqualTo(200);
    assertThat(statusMapper.getStatusCode(Status.UP)).isEqualTo(200);
    Http.Response health = Http.anonymous(port).get("/actuator/health");
    assertThat(health.status()).as(health.body()).isEqualTo(200);
    assertThat(health.json().path("components").has("mail")).as("the SMTP server is the outbox's business").isFalse();
    assertThat(health.json().path("components").has("notifications")).isTrue();
    assertThat(Http.anonymous(port).get("/actuator/health/liveness").status()).isEqualTo(200);
    Http.Response readiness = Http.anonymous(port).get("/actuator/health/readiness");
    assertThat(readiness.status()).as(readiness.body()).isEqualTo(200);
  }
}
