package com.example.csl.presale;

import java.time.YearMonth;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** 生成上月客户记录转接备忘 (R-PRE-9): on the first working day of a month, the previous month's memo. */
@Component("createTransferMemoDelegate")
public class CreateTransferMemoDelegate implements JavaDelegate {

  private final TransferMemoService memos;

  public CreateTransferMemoDelegate(TransferMemoService memos) {
    this.memos = memos;
  }

  @Override
  public void execute(DelegateExecution execution) {
    YearMonth previous = YearMonth.from(ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Asia/Shanghai")))
        .minusMonths(1);
    TransferMemo memo = memos.createFor(previous);
    execution.setVariable("memoMonth", memo.getMonth());
    execution.setVariable("memoLines", memo.getLines().size());
  }
}
