package com.example.csl.repair;

import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.common.Vars;
import com.example.csl.web.NotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Service;

/** Loads work orders for the delegates and listeners of repair-order.bpmn and reads money fields. */
@Service
public class RepairOrderService {

  private final RepairOrderRepository orders;

  public RepairOrderService(RepairOrderRepository orders) {
    this.orders = orders;
  }

  public RepairOrder get(VariableScope scope) {
    Long id = Vars.id(scope, RepairProcess.REPAIR_ORDER_ID);
    return orders.findById(id).orElseThrow(() -> new NotFoundException("维修工单不存在: " + id));
  }

  /** A required amount in CNY, at most two decimals, not negative (or positive when {@code positive}). */
  public static BigDecimal amount(VariableScope scope, String name, String label, boolean positive) {
    BigDecimal value = Vars.decimal(scope, name, label);
    if (value == null) {
      throw new BusinessRuleViolation(name, "必填：" + label);
    }
    if (value.signum() < 0 || positive && value.signum() == 0) {
      throw new BusinessRuleViolation(name, label + (positive ? "须大于0" : "不能为负数"));
    }
    if (value.scale() > 2 && value.setScale(2, RoundingMode.HALF_UP).compareTo(value) != 0) {
      throw new BusinessRuleViolation(name, label + "最多两位小数（元、角、分）");
    }
    if (value.compareTo(new BigDecimal("999999999999")) > 0) {
      throw new BusinessRuleViolation(name, label + "过大");
    }
    return value.setScale(2, RoundingMode.HALF_UP);
  }
}
