package com.example.csl.insale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * 项目服务小组 (R-IN-4, S0 4.4.2): leader (head of engineering or designated) and members from
 * 工程设计部, 工程技术部, 设备安装部, 行政事务部. Its members form a Camunda group of their own,
 * so the project's tasks and the complaints of its customer go to them.
 */
@Entity
@Table(name = "csl_project_team")
public class ProjectTeam {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long contractId;
  private String teamGroup;
  private String leader;
  private String designer;
  private String technician;
  private String installer;
  private String adminAffairs;
  private String formedBy;
  private Instant formedAt;

  @Version
  @Column(nullable = false)
  private int version;

  protected ProjectTeam() {}

  public ProjectTeam(Long contractId, String teamGroup) {
    this.contractId = contractId;
    this.teamGroup = teamGroup;
  }

  public void staff(String leader, String designer, String technician, String installer, String adminAffairs,
      String formedBy, Instant formedAt) {
    this.leader = leader;
    this.designer = designer;
    this.technician = technician;
    this.installer = installer;
    this.adminAffairs = adminAffairs;
    this.formedBy = formedBy;
    this.formedAt = formedAt;
  }

  public Set<String> members() {
    Set<String> members = new LinkedHashSet<>();
    members.add(leader);
    members.add(designer);
    members.add(technician);
    members.add(installer);
    members.add(adminAffairs);
    return members;
  }

  public Long getContractId() { return contractId; }
  public String getTeamGroup() { return teamGroup; }
  public String getLeader() { return leader; }
  public String getDesigner() { return designer; }
  public String getTechnician() { return technician; }
  public String getInstaller() { return installer; }
  public String getAdminAffairs() { return adminAffairs; }
  public String getFormedBy() { return formedBy; }
  public Instant getFormedAt() { return formedAt; }
}
