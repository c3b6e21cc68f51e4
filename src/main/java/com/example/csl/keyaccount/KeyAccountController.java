package com.example.csl.keyaccount;

import com.example.csl.customer.CustomerAccess;
import com.example.csl.web.CurrentUser;
import com.example.csl.web.NotFoundException;
import java.util.Map;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** R-ARC-5: a year's key-customer determination with every candidate, for the archive's readers and auditors. */
@RestController
public class KeyAccountController {

  private final KeyAccounts keyAccounts;
  private final CurrentUser currentUser;
  private final CustomerAccess access;

  public KeyAccountController(KeyAccounts keyAccounts, CurrentUser currentUser, CustomerAccess access) {
    this.keyAccounts = keyAccounts;
    this.currentUser = currentUser;
    this.access = access;
  }

  @GetMapping("/api/key-accounts/runs/{year}")
  @Transactional(readOnly = true)
  public Map<String, Object> run(@PathVariable int year) {
    currentUser.requireAnyGroup(access.readers());
    Map<String, Object> run = keyAccounts.run(year);
    if (run == null) {
      throw new NotFoundException(year + " 年度尚未进行重点顾客认定");
    }
    return run;
  }
}
