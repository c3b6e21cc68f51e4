package com.example.csl.notification;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.util.PropertyPlaceholderHelper;

/** The Chinese notification texts of {@code notifications/templates.properties}, filled from a model. */
@Component
public class NotificationTemplates {

  private final Properties texts = new Properties();
  private final PropertyPlaceholderHelper placeholders = new PropertyPlaceholderHelper("${", "}", null, null, false);

  public NotificationTemplates() throws IOException {
    try (Reader reader = new InputStreamReader(new ClassPathResource("notifications/templates.properties").getInputStream(),
        StandardCharsets.UTF_8)) {
      texts.load(reader);
    }
  }

  public String subject(String template, Map<String, ?> model) {
    return fill(template + ".subject", model);
  }

  public String body(String template, Map<String, ?> model) {
    return fill(template + ".body", model);
  }

  private String fill(String key, Map<String, ?> model) {
    String text = texts.getProperty(key);
    if (text == null) {
      throw new IllegalArgumentException("no notification template " + key);
    }
    return placeholders.replacePlaceholders(text, name -> {
      Object value = model.get(name);
      if (value == null && !model.containsKey(name)) {
        throw new IllegalArgumentException("template " + key + " needs ${" + name + "}");
      }
      return value == null ? "" : value.toString();
    });
  }
}
