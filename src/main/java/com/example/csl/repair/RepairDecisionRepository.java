package com.example.csl.repair;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RepairDecisionRepository extends JpaRepository<RepairDecision, Long> {

  java.util.List<RepairDecision> findByRepairOrderIdOrderByIdAsc(Long repairOrderId);
}
