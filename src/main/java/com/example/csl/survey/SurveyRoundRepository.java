package com.example.csl.survey;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyRoundRepository extends JpaRepository<SurveyRound, Long> {

  java.util.Optional<SurveyRound> findFirstByLabelOrderByIdDesc(String label);

  java.util.Optional<SurveyRound> findFirstByIdLessThanOrderByIdDesc(Long id);

  java.util.Optional<SurveyRound> findTopByOrderByIdDesc();

  boolean existsByPeriodAndStartedAtGreaterThanEqual(String period, java.time.Instant since);
}
