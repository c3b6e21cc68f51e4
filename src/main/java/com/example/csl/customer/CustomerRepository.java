package com.example.csl.customer;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CustomerRepository extends JpaRepository<Customer, Long> {

  Optional<Customer> findByNameAndPhone(String name, String phone);

  List<Customer> findByPhone(String phone);

  Page<Customer> findByGrade(String grade, Pageable pageable);

  /** Customers registered before the instant that were still open then (for the transfer memo). */
  @Query("select c from Customer c where c.registeredAt < :end and (c.closedAt is null or c.closedAt >= :start)")
  List<Customer> findActiveBetween(@Param("start") Instant start, @Param("end") Instant end);
}
