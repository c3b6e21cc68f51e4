package com.example.csl.presale;

import com.example.csl.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.YearMonth;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 检查上月备忘是否缺失 (R-PRE-9, issue 17): the memo is due on a working day whenever last month's memo does
 * not exist yet — so a first working day spent down is made up on the next day the application runs.
 */
@Component("checkTransferMemoDelegate")
public class CheckTransferMemoDelegate implements JavaDelegate {

  private final TransferMemoRepository memos;
  private final WorkingDayCalendar calendar;

  public CheckTransferMemoDelegate(TransferMemoRepository memos, WorkingDayCalendar calendar) {
    this.memos = memos;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate today = calendar.today();
    String previous = YearMonth.from(today).minusMonths(1).toString();
    execution.setVariable("memoMissing", calendar.isWorkingDay(today) && memos.findByMonth(previous).isEmpty());
  }
}
