package com.example.csl.customer;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * R-ARC-2: which groups may read the customer archive, which may register (and reopen) customers, and which
 * record the contracts customers agree ({@code csl.customer.readers}, {@code csl.customer.registrars},
 * {@code csl.customer.contract-registrars}).
 */
@ConfigurationProperties(prefix = "csl.customer")
public class CustomerAccess {

  private List<String> readers = new ArrayList<>();
  private List<String> registrars = new ArrayList<>();
  private List<String> contractRegistrars = new ArrayList<>();
  private List<String> keepers = new ArrayList<>();
  private List<String> auditors = new ArrayList<>();

  /** R-ARC-4: who corrects and updates archive records ({@code csl.customer.keepers}). */
  public String[] keepers() {
    return keepers.toArray(String[]::new);
  }

  public List<String> getKeepers() {
    return keepers;
  }

  public void setKeepers(List<String> keepers) {
    this.keepers = keepers;
  }

  /** R-ARC-4: who reads the log of archive reads ({@code csl.customer.auditors}). */
  public String[] auditors() {
    return auditors.toArray(String[]::new);
  }

  public List<String> getAuditors() {
    return auditors;
  }

  public void setAuditors(List<String> auditors) {
    this.auditors = auditors;
  }

  public String[] contractRegistrars() {
    return contractRegistrars.toArray(String[]::new);
  }

  public List<String> getContractRegistrars() {
    return contractRegistrars;
  }

  public void setContractRegistrars(List<String> contractRegistrars) {
    this.contractRegistrars = contractRegistrars;
  }

  public String[] readers() {
    return readers.toArray(String[]::new);
  }

  public String[] registrars() {
    return registrars.toArray(String[]::new);
  }

  public List<String> getReaders() {
    return readers;
  }

  public void setReaders(List<String> readers) {
    this.readers = readers;
  }

  public List<String> getRegistrars() {
    return registrars;
  }

  public void setRegistrars(List<String> registrars) {
    this.registrars = registrars;
  }
}
