package com.example.csl.presale;

/** Names shared by pre-sale.bpmn, its forms and the Java that serves them. */
public final class PreSaleProcess {

  private PreSaleProcess() {}

  public static final String KEY = "pre-sale";
  public static final String MESSAGE_CONTRACT_SIGNED = "ContractSigned";

  public static final String CUSTOMER_ID = "customerId";
  public static final String CUSTOMER_NAME = "customerName";
  public static final String INTENTION = "intention";
  public static final String ANNUAL_REVENUE = "annualRevenue";
  public static final String STRATEGIC = "strategic";
  public static final String GRADE = "grade";
  public static final String KEY_CUSTOMER = "keyCustomer";
  public static final String OWNER = "owner";
  public static final String FOLLOW_UP_INTERVAL = "followUpInterval";
  public static final String ON_SITE_VISIT = "onSiteVisit";
  public static final String INTENTION_CHANGED = "intentionChanged";
  public static final String CASE_DECISION = "caseDecision";
  public static final String CONTRACT_ID = "contractId";

  /** The registration start form's fields (removed from the instance once the archive holds them). */
  public static final String[] REGISTRATION_FIELDS = {
      "name", "contactPerson", "phone", "email", "address", "region", "industry", "companySize",
      "relationship", "productsOrdered", "priorYearRevenue", "creditStatus", "channel"};
}
