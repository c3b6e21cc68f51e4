package com.example.csl.complaint;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintRerouteRepository extends JpaRepository<ComplaintReroute, Long> {
  List<ComplaintReroute> findByComplaintIdOrderByIdAsc(Long complaintId);
}
