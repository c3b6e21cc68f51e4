package com.example.csl.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The drawings are for people (issue 14.3): over the diagram interchange of every model, no flow through a
 * shape it does not touch, no labels on top of each other, every branch label beside its own flow, few
 * crossings, and a width that fits a Cockpit pane at a legible zoom. bpmnlint checks no geometry.
 */
class ModelGeometryTest {

  /**
   * Crossings allowed per model. Every model is drawn with none; the ceiling of 2 leaves room for an owner's
   * edit that adds a loop over a parallel branch (one crossing each way) without making the check a
   * nuisance — more than that means the drawing needs rearranging.
   */
  static final int CROSSINGS = 2;

  /** Widest drawing (px): at 1440 px Cockpit shows 3,000 px at about 0.45, where the labels are still legible. */
  static final double WIDTH = 3000;

  @Test
  @DisplayName("issue 14: every model's drawing: no flow through shapes, no overlapping labels, labels beside their flows, ≤ 2 crossings, ≤ 3,000 px wide")
  void everyModelIsDrawnForPeople() throws Exception {
    List<File> models = Arrays.stream(new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn"))).sorted().toList();
    assertThat(models).hasSizeGreaterThanOrEqualTo(8);
    for (File model : models) {
      BpmnGeometry.Report report = BpmnGeometry.check(model);
      assertThat(report.problems()).as(report.toString()).isEmpty();
      assertThat(report.crossings()).as(report.toString()).isLessThanOrEqualTo(CROSSINGS);
      assertThat(report.width()).as(report.toString()).isLessThanOrEqualTo(WIDTH);
    }
  }

  @Test
  @DisplayName("the check finds what it is for: a flow through a shape, overlapping labels, a crossing")
  void theCheckCanFail() throws Exception {
    File bad = File.createTempFile("geometry", ".bpmn");
    bad.deleteOnExit();
    java.nio.file.Files.writeString(bad.toPath(), """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="D" targetNamespace="x">
          <bpmn:process id="p" isExecutable="false">
            <bpmn:startEvent id="S" name="开始" />
            <bpmn:task id="A" name="甲" />
            <bpmn:task id="B" name="乙" />
            <bpmn:task id="C" name="丙" />
            <bpmn:sequenceFlow id="F1" name="一" sourceRef="S" targetRef="B" />
            <bpmn:sequenceFlow id="F2" name="二" sourceRef="A" targetRef="C" />
          </bpmn:process>
          <bpmndi:BPMNDiagram id="G"><bpmndi:BPMNPlane id="P" bpmnElement="p">
            <bpmndi:BPMNShape id="S_di" bpmnElement="S"><dc:Bounds x="0" y="100" width="36" height="36" /><bpmndi:BPMNLabel><dc:Bounds x="0" y="140" width="40" height="14" /></bpmndi:BPMNLabel></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="A_di" bpmnElement="A"><dc:Bounds x="100" y="78" width="100" height="80" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="B_di" bpmnElement="B"><dc:Bounds x="300" y="78" width="100" height="80" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="C_di" bpmnElement="C"><dc:Bounds x="150" y="300" width="100" height="80" /></bpmndi:BPMNShape>
            <bpmndi:BPMNEdge id="F1_di" bpmnElement="F1"><di:waypoint x="36" y="118" /><di:waypoint x="300" y="118" /><bpmndi:BPMNLabel><dc:Bounds x="5" y="141" width="30" height="14" /></bpmndi:BPMNLabel></bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="F2_di" bpmnElement="F2"><di:waypoint x="150" y="60" /><di:waypoint x="150" y="300" /></bpmndi:BPMNEdge>
          </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """);
    BpmnGeometry.Report report = BpmnGeometry.check(bad);
    assertThat(report.problems()).anyMatch(p -> p.contains("F1 passes through A"));
    assertThat(report.problems()).anyMatch(p -> p.contains("labels of S and F1 overlap"));
    assertThat(report.crossings()).isEqualTo(1);
  }
}
