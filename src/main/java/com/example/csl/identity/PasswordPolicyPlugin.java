package com.example.csl.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUserDataRuleImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * R-SEC-2, issue 15: the engine's password policy (10 characters, upper, lower, digit, special) plus
 * two rules: not built from a common password (P@ssw0rd2026, Qwerty#12345 — letters compared after
 * undoing the usual substitutions 0→o, @→a, 1→i, 3→e, 5→s, $→s, 7→t) and not containing the user's id
 * or name (the engine's user-data rule). Outside the demo profile the demo password's word is common too.
 * The same policy applies wherever a password is set: the REST API, Admin, a user's own change.
 */
@Component
public class PasswordPolicyPlugin extends AbstractProcessEnginePlugin {

  static final Set<String> COMMON = Set.of("password", "passwort", "passw", "qwerty", "qwertz", "azerty", "asdfgh", "zxcvbn",
      "admin", "administrator", "welcome", "letmein", "iloveyou", "monkey", "dragon", "master", "sunshine", "princess",
      "football", "baseball", "shadow", "superman", "trustno", "abcdef", "abcabc", "changeme", "secret", "camunda",
      "default", "login", "qazwsx", "woaini", "huawei", "beijing", "shanghai", "hello", "computer");

  private final boolean demo;

  public PasswordPolicyPlugin(@Value("${csl.identity.demo-users-enabled:false}") boolean demo) {
    this.demo = demo;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<PasswordPolicyRule> rules = new ArrayList<>(new DefaultPasswordPolicyImpl().getRules());
    if (rules.stream().noneMatch(rule -> rule instanceof PasswordPolicyUserDataRuleImpl)) {
      rules.add(new PasswordPolicyUserDataRuleImpl());
    }
    rules.add(new CommonPasswordRule(demo ? COMMON : union(COMMON, "service")));
    PasswordPolicy policy = () -> rules;
    configuration.setPasswordPolicy(policy);
  }

  private static Set<String> union(Set<String> words, String word) {
    Set<String> all = new java.util.HashSet<>(words);
    all.add(word);
    return Set.copyOf(all);
  }

  /** Refuses a password whose letters, with the usual substitutions undone, contain a common password. */
  public static final class CommonPasswordRule implements PasswordPolicyRule {

    public static final String PLACEHOLDER = "PASSWORD_POLICY_COMMON";
    private final Set<String> words;

    CommonPasswordRule(Set<String> words) {
      this.words = words;
    }

    @Override
    public String getPlaceholder() {
      return PLACEHOLDER;
    }

    @Override
    public Map<String, String> getParameters() {
      return Map.of();
    }

    @Override
    public boolean execute(String password) {
      if (password == null) {
        return false;
      }
      String letters = normalize(password);
      return words.stream().noneMatch(letters::contains);
    }

    static String normalize(String password) {
      StringBuilder letters = new StringBuilder();
      for (char c : password.toLowerCase(Locale.ROOT).toCharArray()) {
        char mapped = switch (c) {
          case '0' -> 'o';
          case '@', '4' -> 'a';
          case '1', '!' -> 'i';
          case '3' -> 'e';
          case '5', '$' -> 's';
          case '7' -> 't';
          default -> c;
        };
        if (Character.isLetter(mapped)) {
          letters.append(mapped);
        }
      }
      return letters.toString();
    }
  }
}
