package com.example.csl.survey;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code csl.survey.*}: the survey items (R-SAT-2, editable: a key per item and its label; the survey
 * form has a score field {@code score_<key>} per item). The survey period (R-SAT-1) is the timer of the
 * pool satisfaction-survey-schedule in the model.
 */
@ConfigurationProperties(prefix = "csl.survey")
public class SurveyProperties {


  public record Item(String key, String label) {}

  private List<Item> items = new ArrayList<>();
  private List<String> readers = new ArrayList<>();

  public List<Item> getItems() { return items; }
  public void setItems(List<Item> v) { items = v; }
  public List<String> getReaders() { return readers; }
  public void setReaders(List<String> v) { readers = v; }
}
