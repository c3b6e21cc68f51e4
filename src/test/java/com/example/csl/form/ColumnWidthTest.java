package com.example.csl.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.csl.support.CslSpringTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every column is at least as wide as the form field that fills it (issue 13), derived from the
 * forms and the schema Flyway built: a form field {@code fooBar} with maxLength n fills every
 * application column {@code foo_bar}; columns composed from several fields are listed explicitly.
 */
@CslSpringTest
class ColumnWidthTest {

  /** column → the fields (and fixed text) it is composed of. */
  static final Map<String, Integer> COMPOSED = Map.of(
      // 客户投诉处理通知单: header and deadlines (< 400) + description + customer request
      "CSL_COMPLAINT.NOTICE", 400 + 2000 + 1000);

  /** The same key in two capabilities: the form fills its own capability's table only. */
  static final Map<String, String> OTHER_CAPABILITY = Map.of(
      "complaint-callback.form callbackOpinion", "CSL_REPAIR_ORDER"); // the complaint's callback is csl_complaint.callback_opinion

  @Autowired JdbcTemplate jdbc;

  static String column(String key) {
    return key.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase();
  }

  @Test
  @DisplayName("R-SEC-1 no form field is wider than the column it fills")
  void columnsFitTheirFields() throws IOException {
    List<Map<String, Object>> columns = jdbc.queryForList("SELECT TABLE_NAME, COLUMN_NAME, CHARACTER_MAXIMUM_LENGTH AS WIDTH "
        + "FROM INFORMATION_SCHEMA.COLUMNS WHERE UPPER(TABLE_NAME) LIKE 'CSL\\_%' ESCAPE '\\' AND DATA_TYPE LIKE '%CHAR%'");
    assertThat(columns).isNotEmpty();
    List<String> tooNarrow = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path file : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
        FormContract contract = FormContract.parse(Files.readString(file));
        for (FormField field : contract.fields().values()) {
          if (field.readonly() || !field.isText()) {
            continue;
          }
          int max = field.maxLength() != null ? field.maxLength()
              : field.type().equals("textarea") ? FormContractValidator.DEFAULT_TEXTAREA_MAX : FormContractValidator.DEFAULT_TEXTFIELD_MAX;
          for (Map<String, Object> column : columns) {
            String table = column.get("TABLE_NAME").toString().toUpperCase();
            if (table.equals(OTHER_CAPABILITY.get(file.getFileName() + " " + field.key()))) {
              continue;
            }
            if (column.get("COLUMN_NAME").toString().equalsIgnoreCase(column(field.key())) && column.get("WIDTH") != null) {
              checked++;
              long width = ((Number) column.get("WIDTH")).longValue();
              if (width < max) {
                tooNarrow.add(file.getFileName() + " " + field.key() + " (" + max + ") → " + column.get("TABLE_NAME") + "."
                    + column.get("COLUMN_NAME") + " (" + width + ")");
              }
            }
          }
        }
      }
    }
    for (Map.Entry<String, Integer> composed : COMPOSED.entrySet()) {
      String[] parts = composed.getKey().split("\\.");
      Long width = jdbc.queryForObject("SELECT CHARACTER_MAXIMUM_LENGTH FROM INFORMATION_SCHEMA.COLUMNS WHERE UPPER(TABLE_NAME) = ? "
          + "AND UPPER(COLUMN_NAME) = ?", Long.class, parts[0], parts[1]);
      if (width < composed.getValue()) {
        tooNarrow.add(composed.getKey() + " (" + width + ") < " + composed.getValue());
      }
    }
    assertThat(checked).as("form fields matched to columns").isGreaterThan(30);
    assertThat(tooNarrow).isEmpty();
  }
}
