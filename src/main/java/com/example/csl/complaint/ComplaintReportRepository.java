package com.example.csl.complaint;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintReportRepository extends JpaRepository<ComplaintReport, Long> {

  boolean existsByKindAndPeriodLabel(String kind, String periodLabel);

  Optional<ComplaintReport> findByKindAndPeriodLabel(String kind, String periodLabel);

  List<ComplaintReport> findByKindOrderByPeriodFromDescIdDesc(String kind);

  List<ComplaintReport> findAllByOrderByGeneratedAtDescIdDesc();
}
