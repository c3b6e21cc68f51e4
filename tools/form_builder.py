#!/usr/bin/env python3
"""Scaffolding helper: writes Camunda Forms (form-js JSON, schemaVersion 12) from a compact Python
description. Used for the first version of a form; afterwards the .form file in forms/ is the source
and is edited in Camunda Modeler. Run: python3 tools/form_builder.py tools/forms/repair.py forms/
"""
import json
import os
import runpy
import sys


def ro(key, label, kind="textfield", hide=None, **extra):
    """A read-only field showing a process variable."""
    c = {"type": kind, "key": key, "label": label, "readonly": True, "validate": {}}
    if kind == "number":
        c["decimalDigits"] = 2
    if hide:
        c["conditional"] = {"hide": hide}
    c.update(extra)
    return c


def field(kind, key, label, required=False, description=None, hide=None, max_length=None, **extra):
    c = {"type": kind, "key": key, "label": label, "validate": {}}
    if required:
        c["validate"]["required"] = True
    if max_length:
        c["validate"]["maxLength"] = max_length
    if description:
        c["description"] = description
    if hide:
        c["conditional"] = {"hide": hide}
    for bound in ("min", "max"):
        if bound in extra:
            c["validate"][bound] = extra.pop(bound)
    if kind == "datetime":
        c["subtype"] = "date"
        c["dateLabel"] = c.pop("label")
    c.update(extra)
    return c


def choice(kind, key, label, values, required=True, description=None, hide=None):
    c = field(kind, key, label, required, description, hide)
    c["values"] = [{"label": l, "value": v} for v, l in values]
    return c


def write(form_id, components, out_dir):
    for i, c in enumerate(components, 1):
        c["id"] = f"Field_{c.get('key', 'text')}_{i}"
    doc = {"executionPlatform": "Camunda Platform", "executionPlatformVersion": "7.24.0",
           "exporter": {"name": "Camunda Modeler", "version": "5.30.0"}, "schemaVersion": 12,
           "id": form_id, "type": "default", "components": components}
    with open(os.path.join(out_dir, form_id + ".form"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    forms = runpy.run_path(sys.argv[1], init_globals={"ro": ro, "field": field, "choice": choice})["FORMS"]
    for form_id, components in forms.items():
        write(form_id, components, sys.argv[2])
        print("wrote", form_id)
