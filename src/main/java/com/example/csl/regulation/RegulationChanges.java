package com.example.csl.regulation;

import com.example.csl.common.FieldErrors;
import com.example.csl.form.TrustedInput;
import com.example.csl.web.NotFoundException;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Regulation changes (制度变更, S0 3.6–3.8): a draft of new or changed model files is checked, stored with
 * the versions in force, and put to the process regulation-change; nothing is deployed before the
 * departments concerned have confirmed and the general manager has approved.
 */
@Service
public class RegulationChanges {

  public static final String PROCESS = "regulation-change";

  private final JdbcTemplate jdbc;
  private final RegulationFiles files;
  private final RuntimeService runtimeService;

  public RegulationChanges(JdbcTemplate jdbc, RegulationFiles files, RuntimeService runtimeService) {
    this.jdbc = jdbc;
    this.files = files;
    this.runtimeService = runtimeService;
  }

  /** Checks and stores a draft and starts its review as the drafter; 400 naming each bad field or file. */
  @Transactional
  public Map<String, Object> submit(String title, String reason, List<RegulationFiles.File> uploaded, String drafter) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (title == null || title.isBlank()) {
      errors.put("title", "请填写变更标题");
    } else if (title.length() > 200) {
      errors.put("title", "不能超过 200 个字");
    }
    if (reason == null || reason.isBlank()) {
      errors.put("reason", "请说明变更原因（依据的制度条款、要解决的问题）");
    } else if (reason.length() > 2000) {
      errors.put("reason", "不能超过 2000 个字");
    }
    if (uploaded.size() > 20) {
      errors.put("files", "一次最多提交 20 个文件");
    } else {
      errors.putAll(files.check(uploaded));
    }
    FieldErrors.throwIfAny(errors);
    List<String> previous = new ArrayList<>();
    List<String> summaries = new ArrayList<>();
    for (RegulationFiles.File file : uploaded) {
      String current = files.current(file.name());
      previous.add(current);
      summaries.add(files.summary(file, current));
    }
    String summary = String.join("\n", summaries);
    if (summary.length() > 20000) {
      summary = summary.substring(0, 19990) + "\n……";
    }
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    String finalSummary = summary;
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement("INSERT INTO csl_regulation_change (title, reason, status, drafted_by,"
          + " drafted_at, summary) VALUES (?, ?, 'IN_REVIEW', ?, ?, ?)", new String[] {"id"});
      insert.setString(1, title.trim());
      insert.setString(2, reason.trim());
      insert.setString(3, drafter);
      insert.setTimestamp(4, Timestamp.from(Instant.now()));
      insert.setString(5, finalSummary);
      return insert;
    }, key);
    long id = key.getKey().longValue();
    for (int i = 0; i < uploaded.size(); i++) {
      jdbc.update("INSERT INTO csl_regulation_change_file (change_id, name, content, previous) VALUES (?, ?, ?, ?)",
          id, uploaded.get(i).name(), uploaded.get(i).content(), previous.get(i));
    }
    // started as the drafter (the history's start user is the drafter), with the id the application owns
    ProcessInstance instance = TrustedInput.call(() -> runtimeService.startProcessInstanceByKey(PROCESS, "RC-" + id,
        Map.of("changeId", id)));
    Map<String, Object> body = new LinkedHashMap<>(get(id));
    body.put("processInstanceId", instance.getId());
    return body;
  }

  public Map<String, Object> get(long id) {
    List<Map<String, Object>> rows = jdbc.query("SELECT id, title, reason, status, drafted_by, drafted_at, summary, process_instance_id,"
        + " deployment_id, decided_at FROM csl_regulation_change WHERE id = ?", (rs, i) -> {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("id", rs.getLong(1));
          row.put("number", "RC-" + rs.getLong(1));
          row.put("title", rs.getString(2));
          row.put("reason", rs.getString(3));
          row.put("status", rs.getString(4));
          row.put("draftedBy", rs.getString(5));
          row.put("draftedAt", rs.getTimestamp(6).toInstant());
          row.put("summary", rs.getString(7));
          row.put("processInstanceId", rs.getString(8));
          row.put("deploymentId", rs.getString(9));
          Timestamp decided = rs.getTimestamp(10);
          row.put("decidedAt", decided == null ? null : decided.toInstant());
          return row;
        }, id);
    if (rows.isEmpty()) {
      throw new NotFoundException("没有制度变更 RC-" + id);
    }
    Map<String, Object> change = rows.get(0);
    change.put("files", jdbc.queryForList("SELECT name FROM csl_regulation_change_file WHERE change_id = ? ORDER BY name",
        String.class, id));
    return change;
  }

  public List<Map<String, Object>> list() {
    return jdbc.query("SELECT id, title, status, drafted_by, drafted_at, deployment_id FROM csl_regulation_change ORDER BY id DESC",
        (rs, i) -> {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("id", rs.getLong(1));
          row.put("number", "RC-" + rs.getLong(1));
          row.put("title", rs.getString(2));
          row.put("status", rs.getString(3));
          row.put("draftedBy", rs.getString(4));
          row.put("draftedAt", rs.getTimestamp(5).toInstant());
          row.put("deploymentId", rs.getString(6));
          return row;
        });
  }

  public String file(long id, String name, boolean previous) {
    List<String> content = jdbc.query("SELECT " + (previous ? "previous" : "content")
        + " FROM csl_regulation_change_file WHERE change_id = ? AND name = ?", (rs, i) -> rs.getString(1), id, name);
    if (content.isEmpty() || content.get(0) == null) {
      throw new NotFoundException("RC-" + id + " 没有文件 " + name + (previous ? " 的原版本" : ""));
    }
    return content.get(0);
  }

  List<RegulationFiles.File> files(long id) {
    return jdbc.query("SELECT name, content FROM csl_regulation_change_file WHERE change_id = ? ORDER BY name",
        (rs, i) -> new RegulationFiles.File(rs.getString(1), rs.getString(2)), id);
  }

  void mark(long id, String status, String deploymentId) {
    jdbc.update("UPDATE csl_regulation_change SET status = ?, deployment_id = ?, decided_at = ? WHERE id = ?",
        status, deploymentId, Timestamp.from(Instant.now()), id);
  }

  /** Links the draft to its case; only a draft in review without a case may be linked (a bare engine start cannot). */
  boolean link(long id, String processInstanceId, String startUser) {
    return jdbc.update("UPDATE csl_regulation_change SET process_instance_id = ? WHERE id = ? AND status = 'IN_REVIEW'"
        + " AND process_instance_id IS NULL AND drafted_by = ?", processInstanceId, id, startUser) == 1;
  }
}
