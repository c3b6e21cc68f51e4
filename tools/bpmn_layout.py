#!/usr/bin/env python3
"""Scaffolding helper: writes a BPMN 2.0 file with complete diagram interchange from a compact
description (pools, lanes, a grid position per node, flows). Used to create the first version of a
model; after that the .bpmn file in processes/ is the source of truth and is edited in Camunda
Modeler. Run: python3 tools/bpmn_layout.py tools/models/pre-sale.py processes/pre-sale.bpmn
"""
import runpy
import sys
from xml.sax.saxutils import escape, quoteattr

SIZES = {
    "startEvent": (36, 36), "endEvent": (36, 36), "intermediateCatchEvent": (36, 36),
    "intermediateThrowEvent": (36, 36), "boundaryEvent": (36, 36),
    "exclusiveGateway": (50, 50), "parallelGateway": (50, 50), "eventBasedGateway": (50, 50),
    "inclusiveGateway": (50, 50),
}
TASK = (100, 80)
COL_W = 150
ROW_H = 160
LANE_LABEL = 30
POOL_LABEL = 30
X0 = 60


def size(node):
    return SIZES.get(node["type"], TASK)


def attrs_xml(attrs):
    return "".join(f" {k}={quoteattr(str(v))}" for k, v in (attrs or {}).items())


def layout(model):
    """Computes bounds for pools, lanes and nodes; returns dict id -> (x, y, w, h)."""
    bounds = {}
    y = 40
    for pool in model["pools"]:
        pool_y = y
        max_col = max(n.get("col", 0) for n in pool["nodes"]) + 1
        width = POOL_LABEL + LANE_LABEL + X0 + max_col * COL_W
        lane_y = y
        for li, lane in enumerate(pool["lanes"]):
            rows = lane.get("rows", 1)
            h = rows * ROW_H
            bounds[lane["id"]] = (40 + POOL_LABEL, lane_y, width - POOL_LABEL, h)
            for node in pool["nodes"]:
                if node.get("lane", 0) != li or node["type"] in ("boundaryEvent", "subProcess"):
                    continue
                w, hh = size(node)
                cx = 40 + POOL_LABEL + LANE_LABEL + X0 + node.get("col", 0) * COL_W
                cy = lane_y + ROW_H // 2 + node.get("row", 0) * ROW_H
                bounds[node["id"]] = (cx - w // 2, cy - hh // 2, w, hh)
            lane_y += h
        bounds[pool["id"]] = (40, pool_y, width, lane_y - pool_y)
        for node in pool["nodes"]:
            if node["type"] == "subProcess":
                kids = [bounds[n["id"]] for n in pool["nodes"] if n.get("parent") == node["id"]]
                x0 = min(k[0] for k in kids) - 30
                y0 = min(k[1] for k in kids) - 30
                x1 = max(k[0] + k[2] for k in kids) + 30
                y1 = max(k[1] + k[3] for k in kids) + 30
                bounds[node["id"]] = (x0, y0, x1 - x0, y1 - y0)
        for node in pool["nodes"]:
            if node["type"] == "boundaryEvent":
                hx, hy, hw, hh = bounds[node["attachedTo"]]
                offset = node.get("offset", 0)
                bounds[node["id"]] = (hx + hw // 2 - 18 + offset, hy + hh - 18, 36, 36)
        y = lane_y + 40
    return bounds


def waypoints(src, tgt, b, src_node, tgt_node, flow):
    sx, sy, sw, sh = b[src]
    tx, ty, tw, th = b[tgt]
    if "points" in flow:  # the complete list of waypoints
        return list(flow["points"])
    if "via" in flow:  # explicit waypoints (list of (x, y)) between source and target
        pts = [(sx + sw, sy + sh // 2)] + list(flow["via"]) + [(tx, ty + th // 2)]
        return pts
    if src_node["type"] == "boundaryEvent":
        start = (sx + sw // 2, sy + sh)
        end_x = tx + tw // 2 if tx + tw // 2 != start[0] else tx + tw // 2
        if ty > sy:
            return [start, (start[0], ty + th // 2), (tx, ty + th // 2)] if tx > start[0] else [start, (start[0], ty + th + 30), (tx + tw // 2, ty + th + 30), (tx + tw // 2, ty + th)]
        return [start, (start[0], sy + sh + 30), (end_x, sy + sh + 30), (end_x, ty + th)]
    s_cy = sy + sh // 2
    t_cy = ty + th // 2
    if tx > sx + sw:  # forward
        if s_cy == t_cy:
            return [(sx + sw, s_cy), (tx, t_cy)]
        if src_node["type"].endswith("Gateway"):
            # leave the gateway from its top or bottom corner, then go right
            start = (sx + sw // 2, sy if t_cy < s_cy else sy + sh)
            return [start, (start[0], t_cy), (tx, t_cy)]
        if tgt_node["type"].endswith("Gateway"):
            end = (tx + tw // 2, ty if s_cy < t_cy else ty + th)
            return [(sx + sw, s_cy), (end[0], s_cy), end]
        mid = sx + sw + (tx - sx - sw) // 2
        return [(sx + sw, s_cy), (mid, s_cy), (mid, t_cy), (tx, t_cy)]
    # backward: loop over the top of both shapes
    top = min(sy, ty) - flow.get("lift", 25)
    return [(sx + sw // 2, sy), (sx + sw // 2, top), (tx + tw // 2, top), (tx + tw // 2, ty)]


def node_xml(node, incoming, outgoing, pool=None):
    t = node["type"]
    name = f' name={quoteattr(node["name"])}' if node.get("name") else ""
    extra = attrs_xml(node.get("attrs"))
    if t == "boundaryEvent":
        extra += f' attachedToRef="{node["attachedTo"]}"'
        if not node.get("cancel", True):
            extra += ' cancelActivity="false"'
    if node.get("default"):
        extra += f' default="{node["default"]}"'
    inner = ""
    if node.get("doc"):
        inner += f"      <bpmn:documentation>{escape(node['doc'])}</bpmn:documentation>\n"
    if node.get("ext"):
        inner += f"      <bpmn:extensionElements>\n{node['ext']}\n      </bpmn:extensionElements>\n"
    for f in incoming:
        inner += f"      <bpmn:incoming>{f}</bpmn:incoming>\n"
    for f in outgoing:
        inner += f"      <bpmn:outgoing>{f}</bpmn:outgoing>\n"
    if node.get("body"):
        inner += node["body"] + "\n"
    if t == "subProcess":
        if node.get("triggeredByEvent"):
            extra += ' triggeredByEvent="true"'
        inner += elements_xml(pool, node["id"])
    return f'    <bpmn:{t} id="{node["id"]}"{name}{extra}>\n{inner}    </bpmn:{t}>\n'


def elements_xml(pool, parent):
    """The flow nodes and sequence flows whose parent (subprocess id or None) is the given one."""
    parent_of = {n["id"]: n.get("parent") for n in pool["nodes"]}
    for n in pool["nodes"]:
        if n["type"] == "boundaryEvent":
            parent_of[n["id"]] = parent_of.get(n["attachedTo"])
    out = []
    for node in pool["nodes"]:
        if parent_of[node["id"]] != parent:
            continue
        inc = [f["id"] for f in pool["flows"] if f["to"] == node["id"]]
        outg = [f["id"] for f in pool["flows"] if f["from"] == node["id"]]
        out.append(node_xml(node, inc, outg, pool))
    for f in pool["flows"]:
        if parent_of[f["from"]] != parent:
            continue
        name = f' name={quoteattr(f["name"])}' if f.get("name") else ""
        if f.get("cond"):
            out.append(f'    <bpmn:sequenceFlow id="{f["id"]}"{name} sourceRef="{f["from"]}" targetRef="{f["to"]}">\n'
                       f'      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{escape(f["cond"])}</bpmn:conditionExpression>\n'
                       f'    </bpmn:sequenceFlow>\n')
        else:
            out.append(f'    <bpmn:sequenceFlow id="{f["id"]}"{name} sourceRef="{f["from"]}" targetRef="{f["to"]}" />\n')
    return "".join(out)


def render(model):
    b = layout(model)
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n',
           '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
           'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" '
           'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" '
           'xmlns:di="http://www.omg.org/spec/DD/20100524/DI" '
           'xmlns:camunda="http://camunda.org/schema/1.0/bpmn" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           f'id="{model["id"]}" targetNamespace="http://example.com/csl" '
           'exporter="Camunda Modeler" exporterVersion="5.30.0" '
           'xmlns:modeler="http://camunda.org/schema/modeler/1.0" '
           'modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.24.0">\n']
    for msg in model.get("messages", []):
        out.append(f'  <bpmn:message id="{msg[0]}" name="{msg[1]}" />\n')
    for err in model.get("errors", []):
        out.append(f'  <bpmn:error id="{err[0]}" name="{err[1]}" errorCode="{err[2]}" />\n')
    out.append(f'  <bpmn:collaboration id="Collaboration_{model["id"]}">\n')
    for pool in model["pools"]:
        out.append(f'    <bpmn:participant id="{pool["id"]}" name={quoteattr(pool["name"])} processRef="{pool["process"]["id"]}" />\n')
    for mf in model.get("messageFlows", []):
        out.append(f'    <bpmn:messageFlow id="{mf[0]}" name={quoteattr(mf[3])} sourceRef="{mf[1]}" targetRef="{mf[2]}" />\n')
    out.append("  </bpmn:collaboration>\n")
    for pool in model["pools"]:
        p = pool["process"]
        out.append(f'  <bpmn:process id="{p["id"]}" name={quoteattr(p["name"])} isExecutable="true"{attrs_xml(p.get("attrs"))}>\n')
        if p.get("doc"):
            out.append(f"    <bpmn:documentation>{escape(p['doc'])}</bpmn:documentation>\n")
        out.append(f'    <bpmn:laneSet id="LaneSet_{p["id"].replace("-", "_")}">\n')
        for li, lane in enumerate(pool["lanes"]):
            out.append(f'      <bpmn:lane id="{lane["id"]}" name={quoteattr(lane["name"])}>\n')
            for node in pool["nodes"]:
                lane_of = node.get("lane", 0)
                if node["type"] == "boundaryEvent":
                    lane_of = next(n for n in pool["nodes"] if n["id"] == node["attachedTo"]).get("lane", 0)
                top_level = not node.get("parent") and not (node["type"] == "boundaryEvent" and next(
                    n for n in pool["nodes"] if n["id"] == node["attachedTo"]).get("parent"))
                if lane_of == li and top_level:
                    out.append(f'        <bpmn:flowNodeRef>{node["id"]}</bpmn:flowNodeRef>\n')
            out.append("      </bpmn:lane>\n")
        out.append("    </bpmn:laneSet>\n")
        out.append(elements_xml(pool, None))
        for a in p.get("annotations", []):
            out.append(f'    <bpmn:textAnnotation id="{a["id"]}"><bpmn:text>{escape(a["text"])}</bpmn:text></bpmn:textAnnotation>\n')
        out.append("  </bpmn:process>\n")
    out.append(f'  <bpmndi:BPMNDiagram id="BPMNDiagram_{model["id"]}">\n')
    out.append(f'    <bpmndi:BPMNPlane id="BPMNPlane_{model["id"]}" bpmnElement="Collaboration_{model["id"]}">\n')
    nodes_by_id = {}
    for pool in model["pools"]:
        x, y, w, h = b[pool["id"]]
        out.append(f'      <bpmndi:BPMNShape id="{pool["id"]}_di" bpmnElement="{pool["id"]}" isHorizontal="true">\n'
                   f'        <dc:Bounds x="{x}" y="{y}" width="{w}" height="{h}" />\n      </bpmndi:BPMNShape>\n')
        for lane in pool["lanes"]:
            x, y, w, h = b[lane["id"]]
            out.append(f'      <bpmndi:BPMNShape id="{lane["id"]}_di" bpmnElement="{lane["id"]}" isHorizontal="true">\n'
                       f'        <dc:Bounds x="{x}" y="{y}" width="{w}" height="{h}" />\n      </bpmndi:BPMNShape>\n')
        ordered = [n for n in pool["nodes"] if n["type"] == "subProcess"] + [n for n in pool["nodes"] if n["type"] != "subProcess"]
        for node in ordered:
            nodes_by_id[node["id"]] = node
            x, y, w, h = b[node["id"]]
            marker = ' isMarkerVisible="true"' if node["type"] == "exclusiveGateway" else ""
            if node["type"] == "subProcess":
                marker = ' isExpanded="true"'
            label = ""
            if node["type"] in SIZES and node.get("name"):
                lx, ly = (x - 20, y + h + 4) if node["type"] != "boundaryEvent" else (x + w + 2, y + h - 4)
                if node.get("labelAbove"):
                    ly = y - 30
                label = (f'        <bpmndi:BPMNLabel>\n          <dc:Bounds x="{lx}" y="{ly}" width="{w + 40}" height="27" />\n'
                         f'        </bpmndi:BPMNLabel>\n')
            out.append(f'      <bpmndi:BPMNShape id="{node["id"]}_di" bpmnElement="{node["id"]}"{marker}>\n'
                       f'        <dc:Bounds x="{x}" y="{y}" width="{w}" height="{h}" />\n{label}      </bpmndi:BPMNShape>\n')
        for f in pool["flows"]:
            pts = waypoints(f["from"], f["to"], b, nodes_by_id[f["from"]], nodes_by_id[f["to"]], f)
            wps = "".join(f'        <di:waypoint x="{px}" y="{py}" />\n' for px, py in pts)
            label = ""
            if f.get("name"):
                (ax, ay), (bx, by) = pts[0], pts[1]
                label = (f'        <bpmndi:BPMNLabel>\n          <dc:Bounds x="{min(ax, bx) + 4}" y="{min(ay, by) - 22}" width="70" height="14" />\n'
                         f'        </bpmndi:BPMNLabel>\n')
            out.append(f'      <bpmndi:BPMNEdge id="{f["id"]}_di" bpmnElement="{f["id"]}">\n{wps}{label}      </bpmndi:BPMNEdge>\n')
    for mf in model.get("messageFlows", []):
        sx, sy, sw, sh = b[mf[1]]
        tx, ty, tw, th = b[mf[2]]
        out.append(f'      <bpmndi:BPMNEdge id="{mf[0]}_di" bpmnElement="{mf[0]}">\n'
                   f'        <di:waypoint x="{sx + sw // 2}" y="{sy + sh}" />\n        <di:waypoint x="{sx + sw // 2}" y="{ty}" />\n'
                   f'      </bpmndi:BPMNEdge>\n')
    out.append("    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n</bpmn:definitions>\n")
    return "".join(out)


# Helpers a model description may use (injected as globals by the __main__ block below).
def form(ref):
    return {"camunda:formRef": ref, "camunda:formRefBinding": "deployment"}


def listener(bean, *events):
    return "\n".join(f'        <camunda:taskListener delegateExpression="${{{bean}}}" event="{e}" />' for e in events)


def inputs(**params):
    return "        <camunda:inputOutput>\n" + "\n".join(
        f'          <camunda:inputParameter name="{k}">{v}</camunda:inputParameter>' for k, v in params.items()) + \
        "\n        </camunda:inputOutput>"


def mi(collection, element):
    return (f'      <bpmn:multiInstanceLoopCharacteristics camunda:collection="${{{collection}}}" camunda:elementVariable="{element}" />')


def service(id, name, col, lane, bean, doc, row=0, ext=None, parent=None):
    d = dict(id=id, type="serviceTask", name=name, col=col, lane=lane, row=row,
             attrs={"camunda:delegateExpression": "${" + bean + "}"}, doc=doc)
    if ext:
        d["ext"] = ext
    if parent:
        d["parent"] = parent
    return d


def gw(id, col, lane, name=None, row=0, default=None, kind="exclusiveGateway", parent=None):
    d = dict(id=id, type=kind, col=col, lane=lane, row=row)
    if parent:
        d["parent"] = parent
    if name:
        d["name"] = name
    if default:
        d["default"] = default
    return d


HELPERS = {"form": form, "listener": listener, "inputs": inputs, "mi": mi, "service": service, "gw": gw}


if __name__ == "__main__":
    model = runpy.run_path(sys.argv[1], init_globals=HELPERS)["MODEL"]
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write(render(model))
