package com.example.csl.presale;

import com.example.csl.customer.CustomerAccess;
import com.example.csl.web.CurrentUser;
import com.example.csl.web.FieldValidationException;
import com.example.csl.web.NotFoundException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** R-PRE-9: {@code GET /api/reports/transfer-memo?month=YYYY-MM}. */
@RestController
public class TransferMemoController {

  private final TransferMemoRepository memos;
  private final TransferMemoService memoService;
  private final CurrentUser currentUser;
  private final CustomerAccess access;

  public TransferMemoController(TransferMemoRepository memos, TransferMemoService memoService,
      CurrentUser currentUser, CustomerAccess access) {
    this.memos = memos;
    this.memoService = memoService;
    this.currentUser = currentUser;
    this.access = access;
  }

  @GetMapping("/api/reports/transfer-memo")
  @Transactional(readOnly = true)
  public Map<String, Object> memo(@RequestParam String month) {
    currentUser.requireAnyGroup(access.readers());
    YearMonth yearMonth;
    try {
      yearMonth = YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      throw new FieldValidationException(Map.of("month", "格式须为 YYYY-MM，例如 2026-11"));
    }
    TransferMemo memo = memos.findByMonth(yearMonth.toString()).orElseThrow(() -> new NotFoundException(
        "尚未生成 " + yearMonth + " 的客户记录转接备忘（每月第一个工作日生成上月备忘）"));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("month", memo.getMonth());
    body.put("createdAt", memo.getCreatedAt());
    body.put("summary", memoService.summary(memo));
    body.put("lines", memo.getLines());
    return body;
  }
}
