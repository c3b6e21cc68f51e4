package com.example.csl.customer;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GradeChangeRepository extends JpaRepository<GradeChange, Long> {
  List<GradeChange> findByCustomerIdOrderByIdAsc(Long customerId);
}
