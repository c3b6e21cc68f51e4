package com.example.csl.insale;

import com.example.csl.common.RunAs;
import com.example.csl.contract.ContractRepository;
import com.example.csl.customer.CustomerRepository;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A sample in-sale case for the embedded demo profile: a contract waiting for its review record. */
@Component
@ConditionalOnProperty(prefix = "csl.demo-data", name = "enabled", havingValue = "true")
public class InSaleDemoData {

  private static final Logger LOG = LoggerFactory.getLogger(InSaleDemoData.class);

  private final ContractRepository contracts;
  private final CustomerRepository customers;
  private final RuntimeService runtimeService;
  private final RunAs runAs;

  public InSaleDemoData(ContractRepository contracts, CustomerRepository customers, RuntimeService runtimeService,
      RunAs runAs) {
    this.contracts = contracts;
    this.customers = customers;
    this.runtimeService = runtimeService;
    this.runAs = runAs;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(3)
  public void createOnce() {
    if (contracts.count() > 0 || customers.count() == 0) {
      return;
    }
    long customerId = customers.findAll().stream().mapToLong(c -> c.getId()).min().orElseThrow();
    runAs.run("liuyang", () -> runtimeService.startProcessInstanceByKey("in-sale", Map.of(
        "customerId", customerId, "contractNumber", "HT-2026-0001", "contractAmount", 1_500_000.0,
        "involvesDesignInstallation", true, "contractType", "设备供货及安装")));
    LOG.info("Created a demo in-sale case (csl.demo-data.enabled)");
  }
}
