package com.example.csl.customer;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ServiceScheduleRepository extends JpaRepository<ServiceSchedule, Long> {
  List<ServiceSchedule> findByCustomerIdOrderByIdAsc(Long customerId);
}
