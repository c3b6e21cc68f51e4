package com.example.csl.repair;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RepairOrderRepository extends JpaRepository<RepairOrder, Long> {

  Optional<RepairOrder> findByOrderNumber(String orderNumber);

  List<RepairOrder> findByComplaintIdOrderByIdAsc(Long complaintId);

  long countByComplaintId(Long complaintId);

  Optional<RepairOrder> findByProcessInstanceId(String processInstanceId);
}
