package com.example.csl.insale;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectApprovalRepository extends JpaRepository<ProjectApproval, Long> {
  List<ProjectApproval> findByContractIdOrderByIdAsc(Long contractId);
}
