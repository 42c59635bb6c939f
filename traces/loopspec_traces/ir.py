"""The IR document (docs/ir.md): version, reading, writing, walking."""
import json
from pathlib import Path

from .diagnostics import ToolError

IR_VERSION = 2


def dumps(ir, indent=None):
    """The IR as JSON text (deterministic: key order is the compiler's)."""
    if indent is None:
        return json.dumps(ir, ensure_ascii=True, separators=(",", ":"))
    return json.dumps(ir, ensure_ascii=True, indent=indent)


def load(path):
    """An IR document from an IR file or a golden file (its `ir` member)."""
    path = Path(path)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise ToolError(f"{path}: cannot read: {e.strerror or e}") from None
    except ValueError as e:
        raise ToolError(f"{path}: not JSON: {e}") from None
    if isinstance(doc, dict) and "golden" in doc and isinstance(doc.get("ir"), dict):
        doc = doc["ir"]
    if not isinstance(doc, dict) or "ir" not in doc:
        raise ToolError(f"{path}: not an IR document (no \"ir\" version member)")
    if doc["ir"] != IR_VERSION:
        raise ToolError(f"{path}: IR version {doc['ir']!r}, this tool reads version "
                        f"{IR_VERSION}; compile the scenario again (`loopspec-traces compile`, "
                        "or `loopspec-traces regen` for goldens)")
    for key in ("meta", "entry", "functions"):
        if key not in doc:
            raise ToolError(f"{path}: IR document has no \"{key}\" member")
    return doc


def statements(body):
    """Every statement in `body`, depth first, nested blocks and handlers included."""
    for s in body:
        yield s
        for field in ("body", "orelse", "finalbody"):
            if field in s:
                yield from statements(s[field])
        for h in s.get("handlers", ()):
            yield from statements(h["body"])


def nodes(value):
    """Every JSON object inside `value`, depth first (statements, handlers, expressions)."""
    if isinstance(value, dict):
        yield value
        for v in value.values():
            yield from nodes(v)
    elif isinstance(value, list):
        for v in value:
            yield from nodes(v)


def calls(ir):
    """Every call node of the IR: constants, classes and functions."""
    for n in nodes([ir.get("constants", []), ir.get("classes", []), ir["functions"]]):
        if n.get("kind") == "call":
            yield n


def log_call_lines(ir):
    """Lines of calls whose function is the name `log`."""
    return {c["line"] for c in calls(ir)
            if c["func"].get("kind") == "name" and c["func"].get("id") == "log"}


def call_lines(ir):
    return {c["line"] for c in calls(ir)}


def next_with_item(stmt):
    """The `with`/`async_with` statement that is the next item of `stmt` in
    `with a, b:` (docs/ir.md: one nested statement of the same kind on the
    same line), or None."""
    body = stmt.get("body", [])
    if len(body) == 1 and body[0].get("kind") == stmt.get("kind") and body[0].get("line") == stmt.get("line"):
        return body[0]
    return None
