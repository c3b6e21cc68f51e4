package com.example.csl.presale;

import java.time.YearMonth;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 生成上月客户记录转接备忘 (R-PRE-9): on the first working day of a month, the previous month's memo. */
@Component("createTransferMemoDelegate")
public class CreateTransferMemoDelegate implements JavaDelegate {

  private final TransferMemoService memos;
  private final com.example.csl.calendar.WorkingDayCalendar calendar;

  public CreateTransferMemoDelegate(TransferMemoService memos, com.example.csl.calendar.WorkingDayCalendar calendar) {
    this.memos = memos;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    YearMonth previous = YearMonth.from(calendar.today()).minusMonths(1);
    TransferMemo memo = memos.createFor(previous);
    execution.setVariable("memoMonth", memo.getMonth());
    execution.setVariable("memoLines", memo.getLines().size());
  }
}
