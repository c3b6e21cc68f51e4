package com.example.csl.complaint;

/** Names shared by after-sale.bpmn, its forms and the Java that serves them. */
public final class AfterSaleProcess {

  private AfterSaleProcess() {}

  public static final String KEY = "after-sale";
  public static final String COMPLAINT_ID = "complaintId";
  public static final String COMPLAINT_NUMBER = "complaintNumber";
  public static final String HANDLER_GROUP = "handlerGroup";
  public static final String ROUTED_GROUP = "routedGroup";
  public static final String MANAGER_GROUP = "managerGroup";
  public static final String MAJOR = "major";
  public static final String REGISTERED_AT = "registeredAt";

  /** The start form's fields (removed from the instance once the complaint file holds them). */
  public static final String[] REGISTRATION_FIELDS = {
      "customerPhone", "contractId", "channel", "description", "customerRequest", "responsibleGroup"};
}
