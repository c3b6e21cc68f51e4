package com.example.csl.model;

import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A machine check of a BPMN drawing (issue 14), over its diagram interchange only — bpmnlint checks no
 * geometry. Dependency-free (JDK DOM), so a model can be checked without a build:
 * {@code java src/test/java/com/example/csl/model/BpmnGeometry.java processes/after-sale.bpmn}.
 *
 * <ul>
 *   <li>a flow passes through a shape that is neither its source nor its target (nor a container of them);
 *   <li>two labels overlap;
 *   <li>a flow's label is nearer to another flow than to its own, or farther than {@link #LABEL_REACH} from it;
 *   <li>crossings: pairs of flows whose segments cross (counted; the test sets a ceiling per model).
 * </ul>
 */
public final class BpmnGeometry {

  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
  static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
  static final String DI = "http://www.omg.org/spec/DD/20100524/DI";
  /** How far (px) a flow's label may lie from its flow. */
  static final double LABEL_REACH = 60;
  /** Shapes are shrunk by this margin before a flow counts as passing through them. */
  static final double MARGIN = 3;

  record Box(double x, double y, double w, double h) {
    boolean intersects(Box o, double tolerance) {
      return x + tolerance < o.x + o.w && o.x + tolerance < x + w && y + tolerance < o.y + o.h && o.y + tolerance < y + h;
    }

    boolean contains(Box o) {
      return o.x >= x && o.y >= y && o.x + o.w <= x + w && o.y + o.h <= y + h;
    }

    double cx() {
      return x + w / 2;
    }

    double cy() {
      return y + h / 2;
    }
  }

  record Point(double x, double y) {}

  record Shape(String id, String type, String name, Box bounds, Box label, String attachedTo) {}

  record Edge(String id, String source, String target, List<Point> points, Box label) {}

  /** What the check found in one model. */
  public record Report(String file, List<String> problems, int crossings, double width, double height) {
    @Override
    public String toString() {
      return file + ": " + problems.size() + " problems, " + crossings + " crossings, " + (int) width + "×" + (int) height + " px"
          + (problems.isEmpty() ? "" : "\n  " + String.join("\n  ", problems));
    }
  }

  private BpmnGeometry() {}

  public static Report check(File file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = factory.newDocumentBuilder().parse(file);
    Map<String, Element> semantic = new HashMap<>();
    NodeList all = doc.getElementsByTagNameNS(BPMN, "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (e.hasAttribute("id")) {
        semantic.put(e.getAttribute("id"), e);
      }
    }
    Map<String, Shape> shapes = new LinkedHashMap<>();
    NodeList shapeNodes = doc.getElementsByTagNameNS(BPMNDI, "BPMNShape");
    for (int i = 0; i < shapeNodes.getLength(); i++) {
      Element di = (Element) shapeNodes.item(i);
      String ref = di.getAttribute("bpmnElement");
      Element element = semantic.get(ref);
      if (element == null) {
        continue;
      }
      shapes.put(ref, new Shape(ref, element.getLocalName(), element.getAttribute("name"), bounds(di, false), bounds(di, true),
          element.hasAttribute("attachedToRef") ? element.getAttribute("attachedToRef") : null));
    }
    List<Edge> edges = new ArrayList<>();
    NodeList edgeNodes = doc.getElementsByTagNameNS(BPMNDI, "BPMNEdge");
    for (int i = 0; i < edgeNodes.getLength(); i++) {
      Element di = (Element) edgeNodes.item(i);
      String ref = di.getAttribute("bpmnElement");
      Element element = semantic.get(ref);
      if (element == null) {
        continue;
      }
      List<Point> points = new ArrayList<>();
      NodeList waypoints = di.getElementsByTagNameNS(DI, "waypoint");
      for (int j = 0; j < waypoints.getLength(); j++) {
        Element w = (Element) waypoints.item(j);
        points.add(new Point(Double.parseDouble(w.getAttribute("x")), Double.parseDouble(w.getAttribute("y"))));
      }
      edges.add(new Edge(ref, element.getAttribute("sourceRef"), element.getAttribute("targetRef"), points, bounds(di, true)));
    }
    List<String> problems = new ArrayList<>();
    double maxX = 0;
    double maxY = 0;
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    for (Shape s : shapes.values()) {
      minX = Math.min(minX, s.bounds().x());
      minY = Math.min(minY, s.bounds().y());
      maxX = Math.max(maxX, s.bounds().x() + s.bounds().w());
      maxY = Math.max(maxY, s.bounds().y() + s.bounds().h());
    }
    // 1. a flow through a shape it does not touch
    for (Edge edge : edges) {
      for (Shape shape : shapes.values()) {
        if (isContainer(shape) || shape.id().equals(edge.source()) || shape.id().equals(edge.target())
            || related(shape, shapes.get(edge.source())) || related(shape, shapes.get(edge.target()))) {
          continue;
        }
        Box inner = new Box(shape.bounds().x() + MARGIN, shape.bounds().y() + MARGIN, shape.bounds().w() - 2 * MARGIN,
            shape.bounds().h() - 2 * MARGIN);
        for (int i = 0; i + 1 < edge.points().size(); i++) {
          if (segmentHitsBox(edge.points().get(i), edge.points().get(i + 1), inner)) {
            problems.add("flow " + edge.id() + " passes through " + shape.id() + (shape.name().isEmpty() ? "" : " “" + shape.name() + "”"));
            break;
          }
        }
      }
    }
    // 2. labels on top of each other
    List<String[]> labelIds = new ArrayList<>();
    List<Box> labels = new ArrayList<>();
    shapes.values().stream().filter(s -> s.label() != null).forEach(s -> {
      labelIds.add(new String[] {s.id()});
      labels.add(s.label());
    });
    edges.stream().filter(e -> e.label() != null).forEach(e -> {
      labelIds.add(new String[] {e.id()});
      labels.add(e.label());
    });
    for (int i = 0; i < labels.size(); i++) {
      for (int j = i + 1; j < labels.size(); j++) {
        if (labels.get(i).intersects(labels.get(j), 1)) {
          problems.add("labels of " + labelIds.get(i)[0] + " and " + labelIds.get(j)[0] + " overlap");
        }
      }
    }
    // 3. a flow's label beside its own flow
    for (Edge edge : edges) {
      Element flow = semantic.get(edge.id());
      if (edge.label() == null || flow.getAttribute("name").isEmpty()) {
        continue;
      }
      double own = distance(edge.label(), edge.points());
      if (own > LABEL_REACH) {
        problems.add("label of " + edge.id() + " “" + flow.getAttribute("name") + "” is " + (int) own + " px from its flow");
        continue;
      }
      for (Edge other : edges) {
        if (other != edge && distance(edge.label(), other.points()) + 1 < own) {
          problems.add("label of " + edge.id() + " “" + flow.getAttribute("name") + "” is nearer to " + other.id() + " than to its own flow");
          break;
        }
      }
    }
    // 4. crossings
    int crossings = 0;
    for (int i = 0; i < edges.size(); i++) {
      for (int j = i + 1; j < edges.size(); j++) {
        if (cross(edges.get(i), edges.get(j))) {
          crossings++;
        }
      }
    }
    return new Report(file.getName(), problems, crossings, maxX - minX, maxY - minY);
  }

  private static boolean isContainer(Shape shape) {
    return shape.type().equals("participant") || shape.type().equals("lane");
  }

  /** A shape is related to an endpoint when it contains it (an expanded subprocess) or hosts it (a boundary event). */
  private static boolean related(Shape shape, Shape endpoint) {
    if (endpoint == null) {
      return false;
    }
    return shape.bounds().contains(endpoint.bounds()) || shape.id().equals(endpoint.attachedTo())
        || (shape.attachedTo() != null && shape.attachedTo().equals(endpoint.id()));
  }

  private static Box bounds(Element di, boolean label) {
    NodeList children = di.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (!(children.item(i) instanceof Element child)) {
        continue;
      }
      if (label && child.getLocalName().equals("BPMNLabel")) {
        NodeList b = child.getElementsByTagNameNS(DC, "Bounds");
        return b.getLength() == 0 ? null : box((Element) b.item(0));
      }
      if (!label && child.getNamespaceURI().equals(DC) && child.getLocalName().equals("Bounds")) {
        return box(child);
      }
    }
    return null;
  }

  private static Box box(Element b) {
    return new Box(Double.parseDouble(b.getAttribute("x")), Double.parseDouble(b.getAttribute("y")),
        Double.parseDouble(b.getAttribute("width")), Double.parseDouble(b.getAttribute("height")));
  }

  static boolean segmentHitsBox(Point a, Point b, Box r) {
    if (r.w() <= 0 || r.h() <= 0) {
      return false;
    }
    // Liang–Barsky clipping
    double t0 = 0;
    double t1 = 1;
    double dx = b.x() - a.x();
    double dy = b.y() - a.y();
    double[] p = {-dx, dx, -dy, dy};
    double[] q = {a.x() - r.x(), r.x() + r.w() - a.x(), a.y() - r.y(), r.y() + r.h() - a.y()};
    for (int i = 0; i < 4; i++) {
      if (p[i] == 0) {
        if (q[i] < 0) {
          return false;
        }
      } else {
        double t = q[i] / p[i];
        if (p[i] < 0) {
          t0 = Math.max(t0, t);
        } else {
          t1 = Math.min(t1, t);
        }
        if (t0 > t1) {
          return false;
        }
      }
    }
    return true;
  }

  /** Distance from a label's box to the nearest segment of a flow. */
  static double distance(Box label, List<Point> points) {
    double best = Double.MAX_VALUE;
    for (int i = 0; i + 1 < points.size(); i++) {
      Point a = points.get(i);
      Point b = points.get(i + 1);
      if (segmentHitsBox(a, b, label)) {
        return 0;
      }
      for (Point corner : new Point[] {new Point(label.x(), label.y()), new Point(label.x() + label.w(), label.y()),
          new Point(label.x(), label.y() + label.h()), new Point(label.x() + label.w(), label.y() + label.h()),
          new Point(label.cx(), label.y()), new Point(label.cx(), label.y() + label.h()),
          new Point(label.x(), label.cy()), new Point(label.x() + label.w(), label.cy())}) {
        best = Math.min(best, pointToSegment(corner, a, b));
      }
    }
    return best;
  }

  static double pointToSegment(Point p, Point a, Point b) {
    double dx = b.x() - a.x();
    double dy = b.y() - a.y();
    double len = dx * dx + dy * dy;
    double t = len == 0 ? 0 : Math.max(0, Math.min(1, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len));
    double x = a.x() + t * dx - p.x();
    double y = a.y() + t * dy - p.y();
    return Math.sqrt(x * x + y * y);
  }

  /** Whether two flows cross: a proper intersection of segments away from the points they share. */
  static boolean cross(Edge a, Edge b) {
    for (int i = 0; i + 1 < a.points().size(); i++) {
      for (int j = 0; j + 1 < b.points().size(); j++) {
        if (properCross(a.points().get(i), a.points().get(i + 1), b.points().get(j), b.points().get(j + 1))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean properCross(Point p1, Point p2, Point p3, Point p4) {
    double d1 = orient(p3, p4, p1);
    double d2 = orient(p3, p4, p2);
    double d3 = orient(p1, p2, p3);
    double d4 = orient(p1, p2, p4);
    return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
  }

  private static double orient(Point a, Point b, Point c) {
    return (b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x());
  }

  public static void main(String[] args) throws Exception {
    int failures = 0;
    for (String arg : args) {
      Report report = check(new File(arg));
      System.out.println(report);
      failures += report.problems().size();
    }
    System.exit(failures == 0 ? 0 : 1);
  }
}
