package com.example.csl.presale;

import com.example.csl.calendar.WorkingDayCalendar;
import com.example.csl.customer.Customer;
import com.example.csl.customer.CustomerRepository;
import com.example.csl.customer.CustomerStatus;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-PRE-9: the memo of a month lists every customer whose pre-sale case was open during it —
 * converted that month, dropped that month, or carried over to the next month's schedule.
 */
@Service
public class TransferMemoService {

  private final TransferMemoRepository memos;
  private final CustomerRepository customers;
  private final ZoneId zone;

  public TransferMemoService(TransferMemoRepository memos, CustomerRepository customers, WorkingDayCalendar calendar) {
    this.memos = memos;
    this.customers = customers;
    this.zone = calendar.getZone();
  }

  /** Creates the month's memo once; a second call returns the existing memo. */
  @Transactional
  public TransferMemo createFor(YearMonth month) {
    return memos.findByMonth(month.toString()).orElseGet(() -> {
      Instant start = month.atDay(1).atStartOfDay(zone).toInstant();
      Instant end = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
      TransferMemo memo = new TransferMemo(month.toString(), ClockUtil.getCurrentTime().toInstant());
      for (Customer customer : customers.findActiveBetween(start, end)) {
        TransferMemoLine.Outcome outcome = TransferMemoLine.Outcome.CARRIED_OVER;
        if (customer.getClosedAt() != null && customer.getClosedAt().isBefore(end)) {
          outcome = customer.getStatus() == CustomerStatus.CONVERTED
              ? TransferMemoLine.Outcome.CONVERTED : TransferMemoLine.Outcome.DROPPED;
        }
        memo.getLines().add(new TransferMemoLine(customer.getId(), customer.getGrade(), outcome));
      }
      try {
        return memos.saveAndFlush(memo);
      } catch (DataIntegrityViolationException concurrentlyCreated) {
        return memos.findByMonth(month.toString()).orElseThrow(() -> concurrentlyCreated);
      }
    });
  }

  /** Counts per grade and outcome: {"A": {"CARRIED_OVER": 2, "CONVERTED": 1, "DROPPED": 0}, …}. */
  public Map<String, Map<String, Long>> summary(TransferMemo memo) {
    Map<String, Map<String, Long>> byGrade = new TreeMap<>();
    for (String grade : new String[] {"A", "B", "C"}) {
      Map<String, Long> counts = new LinkedHashMap<>();
      for (TransferMemoLine.Outcome outcome : TransferMemoLine.Outcome.values()) {
        counts.put(outcome.name(), 0L);
      }
      byGrade.put(grade, counts);
    }
    for (TransferMemoLine line : memo.getLines()) {
      String grade = line.getGrade() == null ? "未分级" : line.getGrade();
      byGrade.computeIfAbsent(grade, g -> new LinkedHashMap<>()).merge(line.getOutcome().name(), 1L, Long::sum);
    }
    return byGrade;
  }
}
