package com.example.csl.customer;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * R-ARC-2: which groups may read the customer archive, and which may register customers and
 * contracts ({@code csl.customer.readers}, {@code csl.customer.registrars}).
 */
@ConfigurationProperties(prefix = "csl.customer")
public class CustomerAccess {

  private List<String> readers = new ArrayList<>();
  private List<String> registrars = new ArrayList<>();

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
