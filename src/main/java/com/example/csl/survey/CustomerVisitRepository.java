package com.example.csl.survey;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerVisitRepository extends JpaRepository<CustomerVisit, Long> {

  java.util.List<CustomerVisit> findByPlanIdOrderByIdAsc(Long planId);

  java.util.List<CustomerVisit> findByComplaintIdOrderByIdAsc(Long complaintId);
}
