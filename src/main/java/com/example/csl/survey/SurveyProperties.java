package com.example.csl.survey;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code csl.survey.*}: the period of survey rounds (R-SAT-1: MONTHLY, HALF_YEARLY or YEARLY, or an
 * explicit Quartz-style {@code cycle}) and the survey items (R-SAT-2, editable: a key per item and its
 * label; the survey form has a score field {@code score_<key>} per item).
 */
@ConfigurationProperties(prefix = "csl.survey")
public class SurveyProperties {

  public enum Period { MONTHLY, HALF_YEARLY, YEARLY }

  public record Item(String key, String label) {}

  private Period period = Period.YEARLY;
  private String cycle;
  private List<Item> items = new ArrayList<>();
  private List<String> readers = new ArrayList<>();

  public Period getPeriod() { return period; }
  public void setPeriod(Period v) { period = v; }
  public String getCycle() { return cycle; }
  public void setCycle(String v) { cycle = v; }
  public List<Item> getItems() { return items; }
  public void setItems(List<Item> v) { items = v; }
  public List<String> getReaders() { return readers; }
  public void setReaders(List<String> v) { readers = v; }
}
