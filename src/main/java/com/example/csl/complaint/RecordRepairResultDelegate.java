package com.example.csl.complaint;

import com.example.csl.common.Vars;
import com.example.csl.repair.RepairOrder;
import com.example.csl.repair.RepairOrderRepository;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 记录维修处理结果 (R-AS-8 … R-AS-10 for repair complaints): the called repair-order's result becomes
 * the complaint's handling record; its completion check signed by the customer is the
 * confirmation, its callback (within 1 working day, R-REP-7) the complaint's callback — unless the
 * customer was dissatisfied or the survey found no company responsibility: then the model sends the
 * complaint to its own callback, and the complaint stays in handling until then.
 */
@Component("recordRepairResultDelegate")
public class RecordRepairResultDelegate implements JavaDelegate {

  private final ComplaintService complaintService;
  private final RepairOrderRepository repairOrders;

  public RecordRepairResultDelegate(ComplaintService complaintService, RepairOrderRepository repairOrders) {
    this.complaintService = complaintService;
    this.repairOrders = repairOrders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Complaint complaint = complaintService.get(Vars.id(execution, AfterSaleProcess.COMPLAINT_ID));
    List<RepairOrder> orders = repairOrders.findByComplaintIdOrderByIdAsc(complaint.getId());
    RepairOrder order = orders.get(orders.size() - 1);
    var now = ClockUtil.getCurrentTime().toInstant();
    complaint.setHandlingResult(Vars.text(execution, "repairResult"));
    if (complaint.getRepliedAt() == null) {
      complaint.setRepliedAt(order.getSurveyedAt());
    }
    if (complaint.getInvestigationStartedAt() == null) {
      complaint.setInvestigationStartedAt(order.getSurveyedAt());
    }
    complaint.setFeedbackAt(now);
    if (order.getCustomerSignedBy() != null) {
      complaint.setConfirmation("维修竣工检查合格，客户签认");
      complaint.setConfirmationMethod("SIGNATURE");
      complaint.setConfirmationReference(order.getCustomerSignReference());
      complaint.setConfirmedAt(order.getCheckedAt());
    }
    if (order.getCalledBackAt() != null && !"DISSATISFIED".equals(order.getCallbackSatisfaction())) {
      complaint.setCallbackOpinion(order.getCallbackOpinion());
      complaint.setCalledBackAt(order.getCalledBackAt());
      complaint.setStatus(ComplaintStatus.CALLED_BACK);
    } else if (order.getCustomerSignedBy() != null) {
      // a dissatisfied customer gets the complaint's own callback next (after-sale.bpmn)
      complaint.setStatus(ComplaintStatus.CONFIRMED);
    }
  }
}
