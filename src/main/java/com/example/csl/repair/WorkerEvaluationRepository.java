package com.example.csl.repair;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkerEvaluationRepository extends JpaRepository<WorkerEvaluation, Long> {

  java.util.List<WorkerEvaluation> findByRepairOrderIdOrderByIdAsc(Long repairOrderId);
}
