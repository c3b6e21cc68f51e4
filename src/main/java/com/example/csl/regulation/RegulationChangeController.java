package com.example.csl.regulation;

import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.identity.StaffGroup;
import com.example.csl.web.CurrentUser;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * 制度变更 (issue 15, S0 3.6–3.8). {@code POST /api/regulation-changes} (multipart: title, reason, files)
 * by the process owner: checked as the engine would deploy it, 201 with the review's summary, or 400
 * naming each bad field or file; {@code GET} lists and shows changes, with each file and its version
 * before the change, to the process owner, reviewers and auditors.
 */
@RestController
@RequestMapping("/api/regulation-changes")
public class RegulationChangeController {

  private final RegulationChanges changes;
  private final CurrentUser currentUser;
  private final String[] readers;

  public RegulationChangeController(RegulationChanges changes, CurrentUser currentUser,
      @Value("${csl.regulation.readers:process-owner,auditor,general-manager,cs-manager,marketing-manager,engineering-head,camunda-admin}")
          String[] readers) {
    this.changes = changes;
    this.currentUser = currentUser;
    this.readers = readers;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<Map<String, Object>> submit(@RequestParam(value = "title", required = false) String title,
      @RequestParam(value = "reason", required = false) String reason,
      @RequestParam(value = "files", required = false) List<MultipartFile> uploads) {
    currentUser.requireAnyGroup(StaffGroup.PROCESS_OWNER.id());
    List<RegulationFiles.File> files = new ArrayList<>();
    if (uploads != null) {
      for (int i = 0; i < uploads.size(); i++) {
        MultipartFile upload = uploads.get(i);
        try {
          files.add(new RegulationFiles.File(upload.getOriginalFilename(), utf8(upload.getBytes())));
        } catch (CharacterCodingException e) {
          throw new BusinessRuleViolation("files[" + i + "]", upload.getOriginalFilename() + "：不是 UTF-8 编码的文本文件");
        } catch (IOException e) {
          throw new BusinessRuleViolation("files[" + i + "]", upload.getOriginalFilename() + "：文件读取失败");
        }
      }
    }
    Map<String, Object> body = changes.submit(title, reason, files, currentUser.id());
    return ResponseEntity.created(URI.create("/api/regulation-changes/" + body.get("id"))).body(body);
  }

  @GetMapping
  public List<Map<String, Object>> list() {
    currentUser.requireAnyGroup(readers);
    return changes.list();
  }

  @GetMapping("/{id}")
  public Map<String, Object> get(@PathVariable long id) {
    currentUser.requireAnyGroup(readers);
    return changes.get(id);
  }

  /** A file of the change ({@code ?previous=true}: the version in force when it was drafted). */
  @GetMapping(value = "/{id}/files/{name:.+}", produces = "text/plain;charset=UTF-8")
  public String file(@PathVariable long id, @PathVariable String name,
      @RequestParam(value = "previous", defaultValue = "false") boolean previous) {
    currentUser.requireAnyGroup(readers);
    return changes.file(id, name, previous);
  }

  private static String utf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
  }
}
