package com.example.csl.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Models are code (DESIGN "Process models"): every BPMN in processes/ has complete diagram
 * interchange and every form reference resolves to a form in forms/. Runs on the files as they
 * are in the work tree, without the engine.
 */
class ModelCheckTest {

  private static final Path PROCESSES = Path.of("processes");
  private static final Path FORMS = Path.of("forms");
  private static final String FORM_KEY_PREFIX = "camunda-forms:deployment:";

  private static List<Path> files(Path dir, String suffix) throws IOException {
    try (Stream<Path> stream = Files.walk(dir)) {
      return stream.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  /** Form ids declared by forms/*.form, and their file names (a formKey names the file). */
  private static Set<String> formIds(Set<String> fileNames) throws IOException {
    Set<String> ids = new HashSet<>();
    ObjectMapper json = new ObjectMapper();
    for (Path form : files(FORMS, ".form")) {
      JsonNode node = json.readTree(form.toFile());
      assertThat(node.path("id").asText()).as("form %s has an id", form).isNotBlank();
      assertThat(node.path("type").asText()).as("form %s is a form-js default form", form).isEqualTo("default");
      assertThat(ids.add(node.get("id").asText())).as("form id %s is unique", node.get("id").asText()).isTrue();
      fileNames.add(form.getFileName().toString());
    }
    return ids;
  }

  @TestFactory
  @DisplayName("every processes/*.bpmn has a shape per flow node, an edge per sequence flow, and resolvable forms")
  Collection<DynamicTest> bpmnModels() throws IOException {
    Set<String> formFiles = new HashSet<>();
    Set<String> formIds = formIds(formFiles);
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : files(PROCESSES, ".bpmn")) {
      tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Bpmn.validateModel(model);
        Set<String> shapes = new HashSet<>();
        model.getModelElementsByType(BpmnShape.class).forEach(s -> shapes.add(s.getBpmnElement().getId()));
        Set<String> edges = new HashSet<>();
        model.getModelElementsByType(BpmnEdge.class).forEach(e -> edges.add(e.getBpmnElement().getId()));
        List<String> missingShapes = model.getModelElementsByType(FlowNode.class).stream()
            .map(BaseElement::getId).filter(id -> !shapes.contains(id)).toList();
        List<String> missingEdges = model.getModelElementsByType(SequenceFlow.class).stream()
            .map(BaseElement::getId).filter(id -> !edges.contains(id)).toList();
        assertThat(missingShapes).as("flow nodes without a diagram shape in %s", file).isEmpty();
        assertThat(missingEdges).as("sequence flows without a diagram edge in %s", file).isEmpty();

        List<String> unresolved = new ArrayList<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
          check(task.getId(), task.getCamundaFormRef(), task.getCamundaFormKey(), formIds, formFiles, unresolved);
        }
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
          check(start.getId(), start.getCamundaFormRef(), start.getCamundaFormKey(), formIds, formFiles, unresolved);
        }
        assertThat(unresolved).as("form references in %s that no file in forms/ declares", file).isEmpty();
      }));
    }
    for (Path file : files(PROCESSES, ".dmn")) {
      tests.add(DynamicTest.dynamicTest(file.getFileName().toString(),
          () -> Dmn.validateModel(Dmn.readModelFromFile(file.toFile()))));
    }
    return tests;
  }

  private static void check(String element, String formRef, String formKey, Set<String> formIds,
      Set<String> formFiles, List<String> unresolved) {
    if (formRef != null && !formRef.contains("${") && !formIds.contains(formRef)) {
      unresolved.add(element + " -> formRef " + formRef);
    }
    if (formKey != null && formKey.startsWith(FORM_KEY_PREFIX)
        && !formFiles.contains(formKey.substring(FORM_KEY_PREFIX.length()))) {
      unresolved.add(element + " -> formKey " + formKey);
    }
  }
}
