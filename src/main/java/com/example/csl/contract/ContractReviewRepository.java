package com.example.csl.contract;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContractReviewRepository extends JpaRepository<ContractReview, Long> {

  List<ContractReview> findByContractIdAndReviewRoundOrderByIdAsc(Long contractId, int reviewRound);

  List<ContractReview> findByContractIdOrderByIdAsc(Long contractId);
}
