package com.example.csl.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ComplaintRepository extends JpaRepository<Complaint, Long> {
  Optional<Complaint> findByComplaintNumber(String complaintNumber);

  Optional<Complaint> findByProcessInstanceId(String processInstanceId);

  @Query("select c.complaintNumber, c.category, c.status, c.registeredAt from Complaint c where c.customerId = :customerId "
      + "order by c.id")
  List<Object[]> summariesOfCustomer(@Param("customerId") Long customerId);

  @Query("select c.category, count(c) from Complaint c where c.registeredAt >= :from and c.registeredAt < :to group by c.category")
  List<Object[]> countByCategory(@Param("from") Instant from, @Param("to") Instant to);

  @Query("select coalesce(c.handlerGroup, '未派单'), count(c) from Complaint c where c.registeredAt >= :from and c.registeredAt < :to "
      + "group by coalesce(c.handlerGroup, '未派单')")
  List<Object[]> countByHandlerGroup(@Param("from") Instant from, @Param("to") Instant to);

  @Query("select c.status, count(c) from Complaint c where c.registeredAt >= :from and c.registeredAt < :to group by c.status")
  List<Object[]> countByStatus(@Param("from") Instant from, @Param("to") Instant to);

  @Query("select count(c) from Complaint c where c.registeredAt >= :from and c.registeredAt < :to")
  long countRegistered(@Param("from") Instant from, @Param("to") Instant to);

  @Query("select c.registeredAt, c.archivedAt from Complaint c where c.registeredAt >= :from and c.registeredAt < :to "
      + "and c.archivedAt is not null")
  List<Object[]> closedBetween(@Param("from") Instant from, @Param("to") Instant to);

  @Query("select e.deadline, count(e) from ComplaintEscalation e, Complaint c where e.complaintId = c.id "
      + "and c.registeredAt >= :from and c.registeredAt < :to group by e.deadline")
  List<Object[]> missedByDeadline(@Param("from") Instant from, @Param("to") Instant to);

  /** R-AS-12: per service office (客户服务处) and handling department; an office not known is {@code null}. */
  @Query("select c.serviceOffice, coalesce(c.handlerGroup, '未派单'), count(c) from Complaint c "
      + "where c.registeredAt >= :from and c.registeredAt < :to group by c.serviceOffice, coalesce(c.handlerGroup, '未派单')")
  List<Object[]> countByOfficeAndHandlerGroup(@Param("from") Instant from, @Param("to") Instant to);

  @Query("select c.serviceOffice, count(c) from Complaint c where c.registeredAt >= :from and c.registeredAt < :to "
      + "and c.archivedAt is not null group by c.serviceOffice")
  List<Object[]> countClosedByOffice(@Param("from") Instant from, @Param("to") Instant to);

  @Query("select c from Complaint c where c.major = true and c.registeredAt >= :from and c.registeredAt < :to order by c.id")
  List<Complaint> majorsRegistered(@Param("from") Instant from, @Param("to") Instant to);
}
