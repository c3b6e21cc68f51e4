package com.example.csl.model;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Models cannot call what they must not (issue 15, R-SEC-1): a deployment is data a process owner
 * edits, not code. Expressions resolve only the application's published beans — its delegates and
 * listeners ({@code com.example.csl}) and the functions named in {@link #PUBLISHED} — never the engine
 * services, {@code identityService} or any other Spring bean. A model that names an unpublished bean
 * in an expression, has a script task or script listener, loads a script from a resource, or uses
 * {@code camunda:class} outside the application's package is refused at deployment, naming the element
 * and the reason — for every deployer, the automatic one at start-up included.
 */
@Component
public class ModelSandboxPlugin extends AbstractProcessEnginePlugin {

  /** Beans the models may call besides the delegates and listeners. */
  public static final List<String> PUBLISHED = List.of("workingDays");
  static final String APPLICATION_PACKAGE = "com.example.csl.";

  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{(.*?)}", Pattern.DOTALL);
  private static final Pattern QUOTED = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w])([a-zA-Z_]\\w*)");
  private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq", "ne", "lt", "gt",
      "le", "ge", "div", "mod", "instanceof");

  private final ApplicationContext context;
  private volatile Set<String> published;

  public ModelSandboxPlugin(ApplicationContext context) {
    this.context = context;
  }

  /** The published bean names: computed from the bean definitions on first use. */
  public Set<String> published() {
    if (published == null) {
      Set<String> names = new LinkedHashSet<>(PUBLISHED);
      for (Class<?> type : List.of(JavaDelegate.class, TaskListener.class, ExecutionListener.class)) {
        for (String name : context.getBeanNamesForType(type, false, false)) {
          Class<?> beanType = context.getType(name, false);
          if (beanType != null && beanType.getName().startsWith(APPLICATION_PACKAGE)) {
            names.add(name);
          }
        }
      }
      published = Collections.unmodifiableSet(names);
    }
    return published;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    Map<Object, Object> beans = new AbstractMap<>() {
      @Override
      public boolean containsKey(Object key) {
        return key instanceof String name && published().contains(name);
      }

      @Override
      public Object get(Object key) {
        return containsKey(key) ? context.getBean((String) key) : null;
      }

      @Override
      public Set<Entry<Object, Object>> entrySet() {
        return Collections.emptySet(); // never enumerated: the resolver looks beans up by name
      }
    };
    configuration.setBeans(beans);
    configuration.setExpressionManager(new SpringExpressionManager(context, beans));
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseRootElement(Element root, List<ProcessDefinitionEntity> processDefinitions) {
        List<String> problems = new ArrayList<>();
        check(root, null, problems);
        if (!problems.isEmpty()) {
          throw new ProcessEngineException("模型不能部署（只允许调用应用发布的组件）：" + String.join("；", problems));
        }
      }
    });
  }

  void check(Element element, String owner, List<String> problems) {
    String id = element.attribute("id");
    String where = id != null ? id : owner != null ? owner : element.getTagName();
    String tag = element.getTagName();
    if (tag.equals("scriptTask") || tag.equals("script")) {
      problems.add(where + "：不允许脚本（" + tag + "）");
    }
    for (String attribute : element.attributes()) {
      String value = element.attribute(attribute);
      if (value == null) {
        continue;
      }
      String local = attribute.contains(":") ? attribute.substring(attribute.lastIndexOf(':') + 1) : attribute;
      if (local.equals("class") && !value.trim().startsWith(APPLICATION_PACKAGE)) {
        problems.add(where + "：camunda:class 只能是本应用的类（" + APPLICATION_PACKAGE + "…）");
      }
      if (local.equals("resource") || local.equals("scriptFormat")) {
        problems.add(where + "：不允许外部资源或脚本（" + local + "）");
      }
      expressions(value, where, problems);
    }
    if (element.getText() != null) {
      expressions(element.getText(), where, problems);
    }
    for (Element child : element.elements()) {
      check(child, where, problems);
    }
  }

  private void expressions(String text, String where, List<String> problems) {
    Matcher expression = EXPRESSION.matcher(text);
    while (expression.find()) {
      String body = QUOTED.matcher(expression.group(1)).replaceAll("''");
      Matcher identifier = IDENTIFIER.matcher(body);
      while (identifier.find()) {
        String name = identifier.group(1);
        if (!KEYWORDS.contains(name) && !published().contains(name) && context.containsBean(name)) {
          problems.add(where + "：表达式引用了未发布的组件 " + name);
        }
      }
    }
  }

  /** For tests and the README: the published names, sorted. */
  public List<String> publishedNames() {
    List<String> names = new ArrayList<>(published());
    Collections.sort(names);
    return names;
  }

  static List<String> keywords() {
    return Arrays.asList(KEYWORDS.toArray(new String[0]));
  }
}
