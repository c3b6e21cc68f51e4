package com.example.csl.customer;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FollowUpRepository extends JpaRepository<FollowUp, Long> {
  List<FollowUp> findByCustomerIdOrderByIdAsc(Long customerId);

  Optional<FollowUp> findByTaskId(String taskId);
}
