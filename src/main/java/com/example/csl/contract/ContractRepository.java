package com.example.csl.contract;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContractRepository extends JpaRepository<Contract, Long> {
  Optional<Contract> findByContractNumber(String contractNumber);

  List<Contract> findByCustomerIdOrderByIdAsc(Long customerId);
}
