package com.example.csl.survey;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyResponseRepository extends JpaRepository<SurveyResponse, Long> {

  java.util.List<SurveyResponse> findByRoundIdOrderByIdAsc(Long roundId);

  java.util.List<SurveyResponse> findByRoundIdAndBandIn(Long roundId, java.util.Collection<String> bands);
}
