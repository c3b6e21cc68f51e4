package com.example.csl.web;

import java.util.Map;

/** The request is valid but conflicts with the current state (HTTP 409); extra properties go into the problem. */
public class ConflictException extends RuntimeException {

  private final Map<String, Object> properties;

  public ConflictException(String message, Map<String, Object> properties) {
    super(message);
    this.properties = properties;
  }

  public Map<String, Object> getProperties() {
    return properties;
  }
}
