package com.example.csl.complaint;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintEscalationRepository extends JpaRepository<ComplaintEscalation, Long> {
  List<ComplaintEscalation> findByComplaintIdOrderByIdAsc(Long complaintId);

  boolean existsByComplaintIdAndDeadline(Long complaintId, ComplaintEscalation.Deadline deadline);
}
