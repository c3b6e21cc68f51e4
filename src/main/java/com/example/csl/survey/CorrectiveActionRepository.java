package com.example.csl.survey;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CorrectiveActionRepository extends JpaRepository<CorrectiveAction, Long> {

  java.util.List<CorrectiveAction> findByRoundIdOrderByIdAsc(Long roundId);

  java.util.List<CorrectiveAction> findByComplaintIdOrderByIdAsc(Long complaintId);

  java.util.List<CorrectiveAction> findByStatusNotOrderByIdAsc(String status);
}
