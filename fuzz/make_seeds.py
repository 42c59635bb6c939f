#!/usr/bin/env python3
"""Seeds for the fuzz targets, from the golden corpus.

    make_seeds.py GOLDEN_DIR OUT_DIR

Writes OUT_DIR/ir/ (each golden's IR, plus documents nested as deep as the
loader allows and one level deeper, which it must refuse) and OUT_DIR/trace/
(each golden's trace as JSON Lines, plus deep and awkward values).
"""
import json
import sys
from pathlib import Path

MAX_JSON_DEPTH = 1000  # common/json_reader.hpp
MAX_BLOCK_DEPTH = 100  # ir/ir.hpp
MAX_EXPR_DEPTH = 200


def ir_document(body):
    return {"ir": 2, "id": "fuzz/deep",
            "meta": {"summary": "s", "description": "", "spec": "u", "features": [], "python": "3.11", "order": []},
            "entry": "main", "constants": [],
            "functions": [{"name": "main", "async": True, "line": 1, "params": [], "defaults": [], "body": body}]}


def nested_ifs(depth):
    stmt = {"kind": "pass", "line": 2}
    for _ in range(depth):
        stmt = {"kind": "if", "line": 2, "test": {"kind": "const", "type": "bool", "value": True},
                "body": [stmt], "orelse": []}
    return stmt


def nested_nots(depth):
    expr = {"kind": "const", "type": "bool", "value": True}
    for _ in range(depth):
        expr = {"kind": "unary", "op": "not", "operand": expr}
    return expr


def write(path, text):
    path.write_text(text)


def main():
    golden_dir, out = Path(sys.argv[1]), Path(sys.argv[2])
    (out / "ir").mkdir(parents=True, exist_ok=True)
    (out / "trace").mkdir(parents=True, exist_ok=True)
    for golden in sorted(golden_dir.glob("*/*.json")):
        doc = json.loads(golden.read_text())
        name = f"{golden.parent.name}_{golden.stem}"
        write(out / "ir" / f"{name}.json", json.dumps(doc["ir"]))
        # One seed per distinct trace (docs/ir.md, "Golden files": format 2).
        for entry in doc["traces"]:
            lines = [json.dumps(doc["header"])] + [json.dumps(e) for e in entry["trace"]]
            version = entry["python"][0].replace(".", "_")
            write(out / "trace" / f"{name}_{version}.jsonl", "\n".join(lines) + "\n")
    sys.setrecursionlimit(10000)
    for depth in (MAX_BLOCK_DEPTH - 1, MAX_BLOCK_DEPTH):
        write(out / "ir" / f"deep_blocks_{depth}.json", json.dumps(ir_document([nested_ifs(depth)])))
    for depth in (MAX_EXPR_DEPTH - 1, MAX_EXPR_DEPTH):
        stmt = {"kind": "expr", "line": 2, "value": nested_nots(depth)}
        write(out / "ir" / f"deep_expr_{depth}.json", json.dumps(ir_document([stmt])))
    for depth in (MAX_JSON_DEPTH, MAX_JSON_DEPTH + 1):
        write(out / "ir" / f"deep_json_{depth}.json", "[" * depth + "]" * depth)
        value = "[" * (depth - 2) + "]" * (depth - 2)
        write(out / "trace" / f"deep_value_{depth}.jsonl", '{"t": 0.0, "line": 1, "log": [' + value + "]}\n")
    write(out / "trace" / "numbers.jsonl", '{"t": 1e308, "line": 1, "log": [1, 1.0, -0.0, 18446744073709551615]}\n')


if __name__ == "__main__":
    main()
