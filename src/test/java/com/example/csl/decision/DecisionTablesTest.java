package com.example.csl.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The DMN tables in processes/, evaluated by the Camunda DMN engine at their boundaries. */
class DecisionTablesTest {

  private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  static DmnDecisionRuleResult evaluate(String file, String key, Map<String, Object> inputs) {
    try (InputStream in = new FileInputStream("processes/" + file)) {
      DmnDecision decision = DMN.parseDecision(key, in);
      return DMN.evaluateDecisionTable(decision, inputs).getSingleResult();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> grading(String intention, Double revenue, boolean strategic) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("intention", intention);
    inputs.put("annualRevenue", revenue);
    inputs.put("strategic", strategic);
    return inputs;
  }

  @ParameterizedTest(name = "R-PRE-3 intention {0} -> grade {1}")
  @CsvSource({"STRONG, A", "MODERATE, B", "NONE, C"})
  void gradeByIntention(String intention, String grade) {
    assertThat((String) evaluate("customer-grading.dmn", "customer-grading", grading(intention, 100_000.0, false))
        .getEntry("grade")).isEqualTo(grade);
  }

  @Test
  @DisplayName("R-PRE-11 key customer from 5,000,000 CNY prior-year revenue: 4,999,999.99 is not, 5,000,000 is")
  void keyCustomerRevenueBoundary() {
    assertThat((Boolean) evaluate("customer-grading.dmn", "customer-grading", grading("NONE", 4_999_999.99, false))
        .getEntry("keyCustomer")).isFalse();
    assertThat((Boolean) evaluate("customer-grading.dmn", "customer-grading", grading("NONE", 5_000_000.0, false))
        .getEntry("keyCustomer")).isTrue();
    DmnDecisionRuleResult key = evaluate("customer-grading.dmn", "customer-grading", grading("MODERATE", 5_000_000.0, false));
    assertThat((String) key.getEntry("grade")).as("the key-customer flag does not change the grade").isEqualTo("B");
  }

  @Test
  @DisplayName("R-PRE-11 a strategic customer is a key customer whatever the revenue, also when revenue is unknown")
  void strategicIsKey() {
    assertThat((Boolean) evaluate("customer-grading.dmn", "customer-grading", grading("MODERATE", 10.0, true))
        .getEntry("keyCustomer")).isTrue();
    assertThat((Boolean) evaluate("customer-grading.dmn", "customer-grading", grading("STRONG", null, true))
        .getEntry("keyCustomer")).isTrue();
    assertThat((Boolean) evaluate("customer-grading.dmn", "customer-grading", grading("STRONG", null, false))
        .getEntry("keyCustomer")).isFalse();
  }

  @ParameterizedTest(name = "R-PRE-6 grade {0} -> every {1}, on-site visit {2}")
  @CsvSource({"A, P7D, true", "B, P15D, false", "C, P1M, false"})
  void followUpCadence(String grade, String interval, boolean onSite) {
    DmnDecisionRuleResult result = evaluate("follow-up-cadence.dmn", "follow-up-cadence", Map.of("grade", grade));
    assertThat((String) result.getEntry("interval")).isEqualTo(interval);
    assertThat((Boolean) result.getEntry("onSiteVisit")).isEqualTo(onSite);
  }

  @ParameterizedTest(name = "R-IN-1 amount {0}, design/installation {1} -> {2}")
  @CsvSource({"999999.99, false, SCATTERED", "1000000, false, BULK", "299999.99, true, SCATTERED",
      "300000, true, BULK", "300000, false, SCATTERED", "5000, true, SCATTERED"})
  void contractClassification(double amount, boolean designInstallation, String contractClass) {
    DmnDecisionRuleResult result = evaluate("contract-classification.dmn", "contract-classification",
        Map.of("contractAmount", amount, "involvesDesignInstallation", designInstallation));
    assertThat((String) result.getEntry("contractClass")).isEqualTo(contractClass);
  }

  @ParameterizedTest(name = "R-AS-4 category {0}, the named contract has a project team {1} -> {2}")
  @CsvSource({
      "TECHNICAL, false, eng-tech", "TECHNICAL, true, project-team",
      "INSTALLATION, false, eng-install", "INSTALLATION, true, project-team",
      "REPAIR, false, repair-order", "REPAIR, true, repair-order",
      "TRADE_DISPUTE, false, complaint-specialist", "TRADE_DISPUTE, true, complaint-specialist",
      "SERVICE_ATTITUDE, false, responsible-department", "SERVICE_ATTITUDE, true, responsible-department",
      "PROFESSIONAL_COMPETENCE, false, responsible-department", "PROFESSIONAL_COMPETENCE, true, responsible-department",
      "SERVICE_EFFICIENCY, false, responsible-department", "SERVICE_EFFICIENCY, true, responsible-department",
      "OTHER, false, customer-service", "OTHER, true, project-team"})
  void complaintRouting(String category, boolean bulk, String handlerGroup) {
    DmnDecisionRuleResult result = evaluate("complaint-routing.dmn", "complaint-routing",
        Map.of("category", category, "contractTeam", bulk));
    assertThat((String) result.getEntry("handlerGroup")).isEqualTo(handlerGroup);
  }

  @ParameterizedTest(name = "R-AS-6 handler {0} escalates to {1}")
  @CsvSource({"eng-tech, engineering-head", "eng-install, engineering-head", "engineering, engineering-head",
      "marketing, marketing-manager", "customer-service, cs-manager", "complaint-specialist, cs-manager",
      "repair-lead, cs-manager", "admin-affairs, general-manager", "project-team-42, engineering-head"})
  void complaintEscalation(String handlerGroup, String managerGroup) {
    assertThat((String) evaluate("complaint-escalation.dmn", "complaint-escalation", Map.of("handlerGroup", handlerGroup))
        .getEntry("managerGroup")).isEqualTo(managerGroup);
  }

  @ParameterizedTest(name = "R-REP-5 estimate {0} -> approver {1}, reviewer {2}")
  @CsvSource({"0, cs-manager, ", "999.99, cs-manager, ", "1000, cs-manager, ", "1000.01, vice-gm, deputy-chief-engineer",
      "10000, vice-gm, deputy-chief-engineer", "10000.01, general-manager, ", "250000, general-manager, "})
  void repairApproval(double estimatedCost, String approver, String reviewer) {
    DmnDecisionRuleResult result = evaluate("repair-approval.dmn", "repair-approval", Map.of("estimatedCost", estimatedCost));
    assertThat((String) result.getEntry("approverGroup")).isEqualTo(approver);
    assertThat((String) result.getEntry("reviewerGroup")).isEqualTo(reviewer);
  }

  @ParameterizedTest(name = "R-REP-8 final cost {0} -> {1}")
  @CsvSource({"0, customer-service", "19999.99, customer-service", "20000, audit", "20000.01, audit", "85000, audit"})
  void settlementReview(double finalCost, String group) {
    assertThat((String) evaluate("settlement-review.dmn", "settlement-review", Map.of("finalCost", finalCost))
        .getEntry("reviewGroup")).isEqualTo(group);
  }

  @ParameterizedTest(name = "R-SAT-3 score {0} -> band {1}")
  @CsvSource({"100, A", "93, A", "92.99, B", "80, B", "79.99, C", "70, C", "69.99, D", "0, D"})
  void satisfactionBand(double score, String band) {
    assertThat((String) evaluate("satisfaction-band.dmn", "satisfaction-band", Map.of("score", score))
        .getEntry("band")).isEqualTo(band);
  }

  @ParameterizedTest(name = "R-AS-13 penalty {0} -> {1}–{2} CNY")
  @CsvSource({"NONE, 0, 0, 不处罚", "LEVEL_1, 30, 100, 经济处罚30–100元/次", "LEVEL_2, 200, 200, 罚款200元",
      "LEVEL_3, 300, 300, 申诫处分", "LEVEL_4, 1000, 1000, 记大过处分", "LEVEL_5, , , 辞退或开除"})
  void complaintPenalty(String level, Double min, Double max, String sanction) {
    DmnDecisionRuleResult result = evaluate("complaint-penalty.dmn", "complaint-penalty", Map.of("penaltyLevel", level));
    // an empty output cell (no fixed amount) gives no entry
    assertThat((Double) result.getEntryMap().get("minFine")).isEqualTo(min);
    assertThat((Double) result.getEntryMap().get("maxFine")).isEqualTo(max);
    assertThat((String) result.getEntry("sanction")).startsWith(sanction);
  }

  @ParameterizedTest(name = "R-SAT-6 R-AS-13 CAPA source {0} is checked by {1}")
  @CsvSource({"SURVEY, customer-service", "REVIEW_MEETING, general-manager", "VISIT, marketing", "COMPLAINT, customer-service",
      "MANUAL, customer-service"})
  void capaVerifier(String source, String group) {
    assertThat((String) evaluate("capa-verifier.dmn", "capa-verifier", Map.of("source", source)).getEntry("issuerGroup"))
        .isEqualTo(group);
  }

  @ParameterizedTest(name = "R-REP-2 within warranty {0} -> proposed type {1}")
  @CsvSource({"true, A", "false, B"})
  void repairOrderType(boolean within, String type) {
    assertThat((String) evaluate("repair-order-type.dmn", "repair-order-type", Map.of("withinWarranty", within))
        .getEntry("proposedOrderType")).isEqualTo(type);
  }

  @org.junit.jupiter.api.Test
  @org.junit.jupiter.api.DisplayName("R-REP-2 no warranty information: no proposed type")
  void repairOrderTypeUnknown() {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("withinWarranty", null);
    DmnDecisionRuleResult result = evaluate("repair-order-type.dmn", "repair-order-type", inputs);
    assertThat(result.getEntryMap().get("proposedOrderType")).isNull();
    assertThat((String) result.getEntry("proposal")).startsWith("无合同保修期信息");
  }

  @ParameterizedTest(name = "R-IN-2 design/installation {0} -> reviewers {1}")
  @CsvSource(delimiter = ';', value = {"false; engineering,marketing,customer-service",
      "true; engineering,marketing,customer-service,eng-design,eng-install"})
  void contractReviewers(boolean design, String groups) {
    try (InputStream in = new FileInputStream("processes/contract-reviewers.dmn")) {
      DmnDecision decision = DMN.parseDecision("contract-reviewers", in);
      assertThat(DMN.evaluateDecisionTable(decision, Map.of("involvesDesignInstallation", design)).collectEntries("reviewGroup"))
          .containsExactly(groups.split(","));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest(name = "R-ARC-5 industry {0}, size {1}, relationship {2} -> {3}, every {4}, {5} callbacks, {6} visits")
  @CsvSource({
      "制造, SMALL, STRATEGIC_PARTNER, STRATEGIC, P1M, 12, 4",
      "金融, LARGE, ORDINARY, STRATEGIC, P1M, 12, 4",
      "能源, LARGE, KEY, STRATEGIC, P1M, 12, 4",
      "制造, LARGE, ORDINARY, KEY, P2M, 6, 2",
      "金融, MEDIUM, KEY, KEY, P2M, 6, 2",
      "金融, MEDIUM, ORDINARY, GENERAL, P3M, 4, 1",
      ", , , GENERAL, P3M, 4, 1"})
  void keyAccountClass(String industry, String size, String relationship, String accountClass, String interval,
      int callbacks, int visits) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("industry", industry);
    inputs.put("companySize", size);
    inputs.put("relationship", relationship);
    DmnDecisionRuleResult result = evaluate("key-account-class.dmn", "key-account-class", inputs);
    assertThat((String) result.getEntry("accountClass")).isEqualTo(accountClass);
    assertThat((String) result.getEntry("callbackInterval")).isEqualTo(interval);
    assertThat(((Number) result.getEntry("callbacksPerYear")).intValue()).isEqualTo(callbacks);
    assertThat(((Number) result.getEntry("visitsPerYear")).intValue()).isEqualTo(visits);
  }
}
