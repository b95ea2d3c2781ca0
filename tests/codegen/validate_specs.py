#!/usr/bin/env python3
"""Validates the provider specs against the JSON Schema of the spec format.

  every schemas/*.yaml and tests/codegen/specs/*.yaml        against schemas/spec.schema.json
  every schemas/tables/*.yaml and tests/codegen/specs/tables/*.yaml
                                                             against schemas/tables.schema.json

and checks that deliberately wrong specs (below) are rejected, so a schema that accepts
everything cannot pass. A YAML key written twice in one map is also a failure (yaml-cpp, and so
callmap-gen, would silently use one of them).

YAML is read like callmap-gen reads it (YAML 1.2 core scalars: `yes`, `on`, `Y` are strings;
map keys are always strings), so `{yes: completed}` in a table is a key, not a boolean.

Usage: validate_specs.py [SOURCE_DIR]   (default: the repository this file is in)
Needs the Debian packages python3-jsonschema and python3-yaml. Exit status 0 when all pass.
"""
import json
import pathlib
import re
import sys

try:
    import jsonschema
    import yaml
except ImportError as e:  # pragma: no cover
    print(f"validate_specs: {e}; install python3-jsonschema and python3-yaml", file=sys.stderr)
    sys.exit(2)


class SpecLoader(yaml.SafeLoader):
    """YAML 1.2 core schema scalars; scalar map keys keep their text; duplicate keys are errors."""

    def construct_mapping(self, node, deep=False):
        self.flatten_mapping(node)
        mapping = {}
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                key = key_node.value
            else:
                key = self.construct_object(key_node, deep=True)
            if key in mapping:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key '{key}'", key_node.start_mark)
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping


SpecLoader.yaml_implicit_resolvers = {}
for tag, pattern, first in [
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("int", r"^[-+]?[0-9]+$", "-+0123456789"),
    ("float", r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
              r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", "-+0123456789."),
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
]:
    SpecLoader.add_implicit_resolver(f"tag:yaml.org,2002:{tag}", re.compile(pattern), list(first))


def load_yaml(text):
    return yaml.load(text, Loader=SpecLoader)


# Specs the schema must reject: (what, schema, YAML).
SPEC_HEAD = """provider: bad
root: call
types:
  call:
    id: string
    s: string?
    t: int?
    w: word[]?
  word:
    text: string
"""
MUST_REJECT = [
    ("unknown top-level key", "spec", "provider: bad\nroot: call\ntypse:\n  call:\n    id: string\n"),
    ("missing types", "spec", "provider: bad\nroot: call\n"),
    ("malformed type expression", "spec", "provider: bad\nroot: call\ntypes:\n  call:\n    tags: string[?\n"),
    ("field with both type and enum", "spec",
     "provider: bad\nroot: call\ntypes:\n  call:\n    s: {type: string, enum: [a]}\n"),
    ("unknown field key", "spec", "provider: bad\nroot: call\ntypes:\n  call:\n    id: {tpye: string}\n"),
    ("mapping target that does not exist", "spec", SPEC_HEAD + "mapping:\n  id: id\n  stauts: {const: completed}\n"),
    ("value form with an unknown key", "spec",
     SPEC_HEAD + "mapping:\n  id: id\n  status: {from: s, tabel: {done: completed}}\n"),
    ("two value forms in one map", "spec", SPEC_HEAD + "mapping:\n  id: {from: id, const: x}\n"),
    ("table value that is not canonical", "spec",
     SPEC_HEAD + "mapping:\n  id: id\n  status: {from: s, table: {done: complete}}\n"),
    ("instant without time:", "spec", SPEC_HEAD + "mapping:\n  id: id\n  started_at: t\n"),
    ("unknown time format", "spec", SPEC_HEAD + "mapping:\n  id: id\n  started_at: {from: t, time: epoch_sec}\n"),
    ("money without money:", "spec", SPEC_HEAD + "mapping:\n  id: id\n  cost: {amount: {from: t}}\n"),
    ("collection without each:", "spec", SPEC_HEAD + "mapping:\n  id: id\n  events: {name: s}\n"),
    ("unknown key in a collection", "spec", SPEC_HEAD + "mapping:\n  id: id\n  events: {each: w, nmae: text}\n"),
    ("difference in a collection", "spec",
     SPEC_HEAD + "mapping:\n  id: id\n  events: {each: w, session_ms: {difference: [ended_at, started_at]}}\n"),
    ("implied_by on another target", "spec", SPEC_HEAD + "mapping:\n  id: id\n  direction: {implied_by: status}\n"),
    ("constant in external_ids", "spec", SPEC_HEAD + "mapping:\n  id: id\n  external_ids: {x: {const: a}}\n"),
    ("error_when without equals", "spec", SPEC_HEAD + "mapping:\n  id: id\n  error_when: {path: s}\n"),
    ("mapping without id", "spec", SPEC_HEAD + "mapping:\n  status: {const: completed}\n"),
    ("supplement without detect", "spec",
     SPEC_HEAD + "mapping:\n  id: id\nsupplements:\n  fix: {root: call, mapping: {id: id}}\n"),
    ("supplement mapping an unknown target", "spec",
     SPEC_HEAD + "mapping:\n  id: id\nsupplements:\n  fix: {root: call, detect: [id], mapping: {stauts: s}}\n"),
    ("table file with a value of another enum", "tables", "enum: end_reason\nvalues: {done: completed}\n"),
    ("table file with an unknown key", "tables", "enum: end_reason\nvalues: {a: busy}\nvalue: {b: busy}\n"),
    ("table file without enum", "tables", "values: {a: busy}\n"),
]


def main():
    root = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[2]
    validators = {}
    for kind in ("spec", "tables"):
        schema = json.loads((root / "schemas" / f"{kind}.schema.json").read_text())
        jsonschema.Draft202012Validator.check_schema(schema)
        validators[kind] = jsonschema.Draft202012Validator(schema)

    files = [("spec", p) for d in ("schemas", "tests/codegen/specs") for p in sorted((root / d).glob("*.yaml"))]
    files += [("tables", p) for d in ("schemas/tables", "tests/codegen/specs/tables")
              for p in sorted((root / d).glob("*.yaml"))]

    passed = failed = 0

    def fail(what, message):
        nonlocal failed
        failed += 1
        print(f"FAIL {what}: {message}")

    for kind, path in files:
        name = path.relative_to(root)
        try:
            document = load_yaml(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as e:
            fail(name, f"invalid YAML: {e}")
            continue
        error = jsonschema.exceptions.best_match(validators[kind].iter_errors(document))
        if error is not None:
            where = "/".join(str(p) for p in error.absolute_path) or "(top level)"
            fail(name, f"at {where}: {error.message}")
        else:
            passed += 1
            print(f"ok   {name}")

    for what, kind, text in MUST_REJECT:
        if validators[kind].is_valid(load_yaml(text)):
            fail(f"must reject: {what}", "the schema accepted it")
        else:
            passed += 1
            print(f"ok   rejects: {what}")

    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
