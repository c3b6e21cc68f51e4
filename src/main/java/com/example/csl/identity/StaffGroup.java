package com.example.csl.identity;

import java.util.Arrays;
import java.util.List;

/**
 * The organisation of SPEC §0: every department or role that does work in the processes is a
 * Camunda group. Group ids are a fixed contract (BPMN candidate groups and DMN outputs name them).
 */
public enum StaffGroup {
  CUSTOMER_SERVICE("customer-service", "客户服务部", Access.TASKLIST),
  CS_MANAGER("cs-manager", "客户服务部经理", Access.TASKLIST),
  MARKETING("marketing", "营销部", Access.TASKLIST),
  MARKETING_OFFICE("marketing-office", "营销内勤", Access.TASKLIST),
  MARKETING_VP("marketing-vp", "营销副总", Access.TASKLIST),
  MARKETING_MANAGER("marketing-manager", "营销部门经理", Access.TASKLIST),
  ENGINEERING("engineering", "工程技术服务部", Access.TASKLIST),
  ENGINEERING_HEAD("engineering-head", "工程技术服务部负责人", Access.TASKLIST),
  ENG_DESIGN("eng-design", "工程设计部", Access.TASKLIST),
  ENG_TECH("eng-tech", "工程技术部", Access.TASKLIST),
  ENG_INSTALL("eng-install", "设备安装部", Access.TASKLIST),
  ADMIN_AFFAIRS("admin-affairs", "行政事务部", Access.TASKLIST),
  GENERAL_MANAGER("general-manager", "总经理/助理", Access.TASKLIST),
  VICE_GM("vice-gm", "副总经理", Access.TASKLIST),
  DEPUTY_CHIEF_ENGINEER("deputy-chief-engineer", "分管工程质量的副总工程师", Access.TASKLIST),
  AUDIT("audit", "审计核算部", Access.TASKLIST),
  FINANCE("finance", "财务计统部", Access.TASKLIST),
  REPAIR_TEAM("repair-team", "客户服务维修队", Access.TASKLIST),
  REPAIR_LEAD("repair-lead", "客户服务维修队队长", Access.TASKLIST),
  COMPLAINT_SPECIALIST("complaint-specialist", "投诉专员/投诉小组", Access.TASKLIST),
  PROCESS_OWNER("process-owner", "企管部", Access.TASKLIST_AND_COCKPIT),
  AUDITOR("auditor", "审计员（只读）", Access.COCKPIT);

  /** Which Camunda web applications a group may open. */
  public enum Access {
    TASKLIST,
    COCKPIT,
    TASKLIST_AND_COCKPIT;

    boolean tasklist() {
      return this != COCKPIT;
    }

    boolean cockpit() {
      return this != TASKLIST;
    }
  }

  private final String id;
  private final String displayName;
  private final Access access;

  StaffGroup(String id, String displayName, Access access) {
    this.id = id;
    this.displayName = displayName;
    this.access = access;
  }

  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  public boolean usesTasklist() {
    return access.tasklist();
  }

  public boolean usesCockpit() {
    return access.cockpit();
  }

  /** Whether the id names a department or role of SPEC §0. */
  public static boolean isKnown(String id) {
    return id != null && Arrays.stream(values()).anyMatch(g -> g.id.equals(id));
  }

  /** Groups whose members work on tasks in Tasklist. */
  public static List<StaffGroup> tasklistGroups() {
    return Arrays.stream(values()).filter(StaffGroup::usesTasklist).toList();
  }

  /** Groups that read processes, instances and history in Cockpit, and change nothing there. */
  public static List<StaffGroup> cockpitReaders() {
    return Arrays.stream(values()).filter(StaffGroup::usesCockpit).toList();
  }
}
