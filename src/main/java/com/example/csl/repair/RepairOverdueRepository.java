package com.example.csl.repair;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RepairOverdueRepository extends JpaRepository<RepairOverdue, Long> {

  boolean existsByRepairOrderIdAndMilestoneAndDue(Long repairOrderId, String milestone, java.time.Instant due);
  java.util.List<RepairOverdue> findByRepairOrderIdOrderByIdAsc(Long repairOrderId);
}
