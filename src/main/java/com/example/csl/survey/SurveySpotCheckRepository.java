package com.example.csl.survey;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveySpotCheckRepository extends JpaRepository<SurveySpotCheck, Long> {

  boolean existsByPeriodStartGreaterThanEqual(java.time.Instant since);

  java.util.Optional<SurveySpotCheck> findByProcessInstanceId(String processInstanceId);

  java.util.List<SurveySpotCheck> findAllByOrderByIdDesc();
}
