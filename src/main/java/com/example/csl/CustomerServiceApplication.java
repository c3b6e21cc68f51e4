package com.example.csl;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Customer Service Lifecycle: the regulation lives in processes/ (BPMN, DMN) and forms/. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CustomerServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(CustomerServiceApplication.class, args);
  }
}
