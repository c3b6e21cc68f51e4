package com.example.csl.complaint;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Who may register complaints through the API and who may read complaint files ({@code csl.complaint.*}). */
@ConfigurationProperties(prefix = "csl.complaint")
public class ComplaintAccess {

  private List<String> registrars = new ArrayList<>();
  private List<String> readers = new ArrayList<>();

  public String[] registrars() {
    return registrars.toArray(String[]::new);
  }

  public String[] readers() {
    return readers.toArray(String[]::new);
  }

  public List<String> getRegistrars() {
    return registrars;
  }

  public void setRegistrars(List<String> registrars) {
    this.registrars = registrars;
  }

  public List<String> getReaders() {
    return readers;
  }

  public void setReaders(List<String> readers) {
    this.readers = readers;
  }
}
