package com.example.csl.survey;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VisitPlanRepository extends JpaRepository<VisitPlan, Long> {

  boolean existsByPlanYear(Integer planYear);
}
