package com.example.csl.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.csl.support.CslSpringTest;
import com.example.csl.support.Http;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** R-SEC-2, issue 15: weak passwords that met the old policy are refused; a violation is a 400 naming the rules. */
@CslSpringTest
class PasswordPolicyTest {

  @LocalServerPort int port;
  @Autowired IdentityService identityService;

  private void save(String id, String password) {
    User user = identityService.newUser(id);
    user.setFirstName("测试");
    user.setLastName("用户");
    user.setPassword(password);
    identityService.saveUser(user);
  }

  @Test
  @DisplayName("R-SEC-2 P@ssw0rd2026, Qwerty#12345 and a password containing the user id are refused; a strong one passes")
  void weakPasswordsRefused() {
    for (String weak : new String[] {"P@ssw0rd2026", "Qwerty#12345", "Welcome#2026", "Weakuser#2026"}) {
      assertThatThrownBy(() -> save("weakuser", weak)).as(weak).isInstanceOf(ProcessEngineException.class);
    }
    assertThat(identityService.createUserQuery().userId("weakuser").count()).isZero();
    save("stronguser", "Lantern#Harbor-58");
    assertThat(identityService.checkPassword("stronguser", "Lantern#Harbor-58")).isTrue();
    // the demo password's word is common outside the demo profile
    assertThat(new PasswordPolicyPlugin.CommonPasswordRule(java.util.Set.of("service")).execute("Service#2026")).isFalse();
  }

  @Test
  @DisplayName("R-SEC-2 a policy violation through the REST API is 400 naming the rules, not 500")
  void violationIs400() {
    Http.Response response = Http.as(port, "admin").post("/engine-rest/user/create", Map.of(
        "profile", Map.of("id", "weakrest", "firstName", "弱", "lastName", "x", "email", "w@example.com"),
        "credentials", Map.of("password", "P@ssw0rd2026")));
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.json().path("message").asText()).contains("密码");
    assertThat(identityService.createUserQuery().userId("weakrest").count()).isZero();
  }
}
