package com.example.csl.repair;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DepositEntryRepository extends JpaRepository<DepositEntry, Long> {

  java.util.List<DepositEntry> findByContractorIdOrderByIdAsc(Long contractorId);
  java.util.Optional<DepositEntry> findByRepairOrderId(Long repairOrderId);
}
