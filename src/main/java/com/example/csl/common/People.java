package com.example.csl.common;

import org.camunda.bpm.engine.identity.User;

/** How a person is named to people: Chinese order (last name, then first name), or the user id when the account has none. */
public final class People {

  private People() {}

  public static String name(User user) {
    if (user == null) {
      return "";
    }
    String name = ((user.getLastName() == null ? "" : user.getLastName()) + (user.getFirstName() == null ? "" : user.getFirstName())).trim();
    return name.isEmpty() ? user.getId() : name;
  }
}
