package com.example.csl.identity;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code csl.identity.*}: the first administrator and (embedded default profile only) demo users. */
@ConfigurationProperties(prefix = "csl.identity")
public class IdentityProperties {

  /** The first administrator, created once when no user with this id exists. */
  private Admin admin = new Admin();

  /** Demo users with their groups; created only when {@link #demoUsersEnabled} is true. */
  private List<DemoUser> demoUsers = new ArrayList<>();

  private boolean demoUsersEnabled;

  /** Password of every demo user. */
  private String demoPassword;

  public static class Admin {
    private String id = "admin";
    private String firstName = "管理员";
    private String lastName = "";
    private String email = "admin@example.com";
    /** Required when no admin exists yet; in production from the environment (CSL_ADMIN_PASSWORD). */
    private String password;

    public String getId() {
      return id;
    }

    public void setId(String id) {
      this.id = id;
    }

    public String getFirstName() {
      return firstName;
    }

    public void setFirstName(String firstName) {
      this.firstName = firstName;
    }

    public String getLastName() {
      return lastName;
    }

    public void setLastName(String lastName) {
      this.lastName = lastName;
    }

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }

    public String getPassword() {
      return password;
    }

    public void setPassword(String password) {
      this.password = password;
    }
  }

  public static class DemoUser {
    private String id;
    private String name;
    private List<String> groups = new ArrayList<>();

    public String getId() {
      return id;
    }

    public void setId(String id) {
      this.id = id;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public List<String> getGroups() {
      return groups;
    }

    public void setGroups(List<String> groups) {
      this.groups = groups;
    }
  }

  public Admin getAdmin() {
    return admin;
  }

  public void setAdmin(Admin admin) {
    this.admin = admin;
  }

  public List<DemoUser> getDemoUsers() {
    return demoUsers;
  }

  public void setDemoUsers(List<DemoUser> demoUsers) {
    this.demoUsers = demoUsers;
  }

  public boolean isDemoUsersEnabled() {
    return demoUsersEnabled;
  }

  public void setDemoUsersEnabled(boolean demoUsersEnabled) {
    this.demoUsersEnabled = demoUsersEnabled;
  }

  public String getDemoPassword() {
    return demoPassword;
  }

  public void setDemoPassword(String demoPassword) {
    this.demoPassword = demoPassword;
  }
}
