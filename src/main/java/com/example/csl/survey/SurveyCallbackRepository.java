package com.example.csl.survey;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyCallbackRepository extends JpaRepository<SurveyCallback, Long> {

  java.util.List<SurveyCallback> findByRoundIdOrderByIdAsc(Long roundId);

  long countByRoundIdAndStatusNot(Long roundId, String status);
}
