package com.example.csl.presale;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TransferMemoRepository extends JpaRepository<TransferMemo, Long> {
  Optional<TransferMemo> findByMonth(String month);
}
