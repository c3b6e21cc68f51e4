package com.example.csl.insale;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectDocumentRepository extends JpaRepository<ProjectDocument, Long> {
  List<ProjectDocument> findByContractIdOrderByIdAsc(Long contractId);
}
