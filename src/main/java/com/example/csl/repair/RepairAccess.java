package com.example.csl.repair;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Who reads work orders and contractors, and who keeps the deposit ledger ({@code csl.repair.*}). */
@ConfigurationProperties(prefix = "csl.repair")
public class RepairAccess {

  private List<String> readers = new ArrayList<>();
  private List<String> depositKeepers = new ArrayList<>();

  public String[] readers() { return readers.toArray(String[]::new); }
  public String[] depositKeepers() { return depositKeepers.toArray(String[]::new); }
  public List<String> getReaders() { return readers; }
  public void setReaders(List<String> v) { readers = v; }
  public List<String> getDepositKeepers() { return depositKeepers; }
  public void setDepositKeepers(List<String> v) { depositKeepers = v; }
}
