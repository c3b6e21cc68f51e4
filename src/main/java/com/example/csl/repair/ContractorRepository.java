package com.example.csl.repair;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ContractorRepository extends JpaRepository<Contractor, Long> {

  java.util.Optional<Contractor> findByName(String name);
  java.util.List<Contractor> findAllByOrderByNameAsc();
}
