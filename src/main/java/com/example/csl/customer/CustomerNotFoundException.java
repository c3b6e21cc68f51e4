package com.example.csl.customer;

/** No archive record with that id (HTTP 404). */
public class CustomerNotFoundException extends RuntimeException {
  public CustomerNotFoundException(long id) {
    super("客户档案不存在: " + id);
  }
}
