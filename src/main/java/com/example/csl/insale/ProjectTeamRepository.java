package com.example.csl.insale;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectTeamRepository extends JpaRepository<ProjectTeam, Long> {
  Optional<ProjectTeam> findByContractId(Long contractId);
}
