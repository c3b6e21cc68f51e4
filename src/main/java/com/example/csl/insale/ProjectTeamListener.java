package com.example.csl.insale;

import com.example.csl.common.Actor;
import com.example.csl.common.BusinessRuleViolation;
import com.example.csl.common.SystemActions;
import com.example.csl.common.Vars;
import com.example.csl.contract.Contract;
import com.example.csl.contract.ContractRepository;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 成立项目服务小组 (R-IN-4, S0 4.4.2): the leader (head of engineering or a designated engineer)
 * and one member each from 工程设计部, 工程技术部, 设备安装部 and 行政事务部. The team is stored with the
 * contract and becomes a Camunda group {@code project-team-<contract id>}, so its later tasks and the
 * customer's complaints go to its members. Redesigning after a rejection re-staffs the same team.
 */
@Component("projectTeamListener")
public class ProjectTeamListener implements TaskListener {

  private final ProjectTeamRepository teams;
  private final ContractRepository contracts;
  private final IdentityService identityService;
  private final SystemActions system;
  private final Actor actor;

  public ProjectTeamListener(ProjectTeamRepository teams, ContractRepository contracts, IdentityService identityService,
      SystemActions system, Actor actor) {
    this.teams = teams;
    this.contracts = contracts;
    this.identityService = identityService;
    this.system = system;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    Contract contract = contracts.findById(Vars.id(task, "contractId")).orElseThrow();
    // the team's composition (which department each role comes from) is in the model: properties of 成立项目服务小组
    String leader = member(task, "teamLeader");
    String designer = member(task, "teamDesigner");
    String technician = member(task, "teamTechnician");
    String installer = member(task, "teamInstaller");
    String admin = member(task, "teamAdminAffairs");
    String groupId = "project-team-" + contract.getId();
    ProjectTeam team = teams.findByContractId(contract.getId()).orElseGet(() -> new ProjectTeam(contract.getId(), groupId));
    team.staff(leader, designer, technician, installer, admin, actor.currentOr(task.getAssignee()),
        ClockUtil.getCurrentTime().toInstant());
    teams.save(team);
    system.run(() -> syncGroup(groupId, "项目服务小组 " + contract.getContractNumber(), team.members()));
    task.setVariable("teamGroup", groupId);
    task.setVariable("teamLeader", leader);
  }

  private String member(DelegateTask task, String variable) {
    String[] groups = com.example.csl.common.StepParameter.of(task, variable).split("\\s*,\\s*");
    String userId = Vars.text(task, variable);
    boolean ok = system.call(() -> {
      for (String group : groups) {
        if (identityService.createUserQuery().userId(userId).memberOfGroup(group).count() > 0) {
          return true;
        }
      }
      return false;
    });
    if (!ok) {
      List<String> names = new java.util.ArrayList<>();
      for (String group : groups) {
        var g = system.call(() -> identityService.createGroupQuery().groupId(group).singleResult());
        names.add(g == null || g.getName() == null ? group : g.getName());
      }
      throw new BusinessRuleViolation(variable, "须为" + String.join("或", names) + "的成员: " + userId);
    }
    return userId;
  }

  private void syncGroup(String groupId, String name, Set<String> members) {
    if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
      Group group = identityService.newGroup(groupId);
      group.setName(name);
      group.setType("WORKFLOW");
      identityService.saveGroup(group);
    }
    for (User user : identityService.createUserQuery().memberOfGroup(groupId).list()) {
      if (!members.contains(user.getId())) {
        identityService.deleteMembership(user.getId(), groupId);
      }
    }
    for (String member : members) {
      if (identityService.createUserQuery().userId(member).memberOfGroup(groupId).count() == 0) {
        identityService.createMembership(member, groupId);
      }
    }
  }
}
