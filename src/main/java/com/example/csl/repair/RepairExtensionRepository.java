package com.example.csl.repair;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RepairExtensionRepository extends JpaRepository<RepairExtension, Long> {

  java.util.List<RepairExtension> findByRepairOrderIdOrderByIdAsc(Long repairOrderId);
}
