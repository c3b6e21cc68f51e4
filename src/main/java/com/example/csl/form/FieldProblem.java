package com.example.csl.form;

/** One refused field of a submission: its key, the label the form shows, and the reason in Chinese. */
public record FieldProblem(String field, String label, String message) {

  public String text() {
    return label + "：" + message;
  }
}
