package com.example.csl.repair;

/** Names shared by repair-order.bpmn, its forms and the Java that serves them. */
public final class RepairProcess {

  private RepairProcess() {}

  public static final String KEY = "repair-order";
  public static final String REPAIR_ORDER_ID = "repairOrderId";
  public static final String ORDER_NUMBER = "orderNumber";
  /** Results returned to the calling complaint (call activity out-mapping). */
  public static final String REPAIR_RESULT = "repairResult";
  public static final String REPAIR_STATUS = "repairStatus";
}
