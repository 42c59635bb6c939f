"""The scenario docstring: summary line, optional prose, then `key: value` lines.

Layout (what `compile` accepts and `decompile` writes):

    \"\"\"One-line summary.

    Optional prose, any number of lines and paragraphs.

    spec: https://docs.python.org/3.11/...
    features: tag, tag
    python: 3.11
    order: timer-ties
    \"\"\"

The keys are the last paragraph. `spec` is required; `python` defaults to 3.11,
`features` and `order` to empty lists.
"""
import difflib
import re

from .diagnostics import ScenarioError
from . import registry

KEYS = ("spec", "features", "python", "order")
ORDERS = ("timer-ties", "set-iteration", "threads", "io")
DEFAULT_PYTHON = "3.11"
_KEY_LINE = re.compile(r"^([A-Za-z_][A-Za-z0-9_-]*):(?:[ \t]+(.*))?$")
_PYTHON = re.compile(r"^3\.(\d+)(?:\.(\d+))?$")


def parse(node, source_lines, path, features_file=None):
    """Meta dict from the docstring node (an ast.Constant). Raises ScenarioError."""
    raw = node.value
    first_line = node.lineno

    def err(index, message, needle=None):
        line = first_line + index
        col = 0
        if needle is not None and 0 < line <= len(source_lines):
            pos = source_lines[line - 1].find(needle)
            col = pos + 1 if pos >= 0 else 0
        return ScenarioError(path, line, col, message)

    lines = raw.expandtabs().split("\n")
    margin = min((len(l) - len(l.lstrip()) for l in lines[1:] if l.strip()), default=0)
    entries = [(0, lines[0].strip())] + [(i, l[margin:].rstrip()) for i, l in enumerate(lines) if i]
    while entries and not entries[0][1]:
        entries.pop(0)
    while entries and not entries[-1][1]:
        entries.pop()
    if not entries:
        raise err(0, "the module docstring is empty: write a one-line summary, a blank line, "
                     "then `spec: <url>` (and optionally features:, python:, order:)")
    summary_index, summary = entries[0]
    if len(entries) == 1:
        raise err(summary_index, "the docstring has no `key: value` lines: add a blank line and "
                                 "`spec: <documentation url>` after the summary")
    if entries[1][1]:
        raise err(entries[1][0], "the summary must be a single line followed by a blank line")

    body = entries[2:]
    start = len(body)
    while start > 0 and body[start - 1][1]:
        start -= 1
    key_entries = body[start:]
    prose = body[:start]
    while prose and not prose[-1][1]:
        prose.pop()
    description = "\n".join(text for _, text in prose)

    values = {}
    for index, text in key_entries:
        m = _KEY_LINE.match(text)
        if not m:
            raise err(index, "the docstring must end with `key: value` lines (keys: "
                             + ", ".join(KEYS) + "); put prose before them, separated by a blank line",
                      text.strip()[:20])
        key, value = m.group(1), (m.group(2) or "").strip()
        if key not in KEYS:
            raise err(index, f"unknown docstring key '{key}' (allowed: {', '.join(KEYS)})", key)
        if key in values:
            raise err(index, f"docstring key '{key}' given twice", key)
        values[key] = (index, value)

    if "spec" not in values or not values["spec"][1]:
        where = values["spec"][0] if "spec" in values else key_entries[0][0]
        raise err(where, "`spec: <documentation url>` is required in the docstring")

    tags = registry.load(features_file) if features_file else registry.load()
    features = []
    if "features" in values:
        index, value = values["features"]
        for tag in _split_list(value):
            if tag not in tags:
                close = difflib.get_close_matches(tag, tags, n=1)
                hint = f"; did you mean '{close[0]}'?" if close else ""
                raise err(index, f"unknown feature tag '{tag}': tags come from the registry "
                                 f"traces/features.txt{hint}", tag)
            if tag in features:
                raise err(index, f"feature tag '{tag}' listed twice", tag)
            features.append(tag)

    python = DEFAULT_PYTHON
    if "python" in values:
        index, value = values["python"]
        m = _PYTHON.match(value)
        if not m or int(m.group(1)) < 11:
            raise err(index, f"python: wants a CPython version 3.11 or newer such as `3.11` or "
                             f"`3.11.3`, not '{value}'", value or None)
        python = value

    order = []
    if "order" in values:
        index, value = values["order"]
        for item in _split_list(value):
            if item not in ORDERS:
                raise err(index, f"unknown order '{item}' (allowed: {', '.join(ORDERS)})", item)
            if item in order:
                raise err(index, f"order '{item}' listed twice", item)
            order.append(item)

    return {
        "summary": summary,
        "description": description,
        "spec": values["spec"][1],
        "features": features,
        "python": python,
        "order": order,
    }


def _split_list(value):
    return [item.strip() for item in value.split(",") if item.strip()]


def render(meta):
    """Docstring lines (without quotes) for `meta`; the inverse of `parse`."""
    lines = [meta["summary"], ""]
    if meta.get("description"):
        lines += meta["description"].split("\n")
        lines.append("")
    lines.append(f"spec: {meta['spec']}")
    if meta.get("features"):
        lines.append("features: " + ", ".join(meta["features"]))
    if meta.get("python", DEFAULT_PYTHON) != DEFAULT_PYTHON:
        lines.append(f"python: {meta['python']}")
    if meta.get("order"):
        lines.append("order: " + ", ".join(meta["order"]))
    return lines


def version_tuple(text):
    """'3.11.3' -> (3, 11, 3); '3.11' -> (3, 11, 0)."""
    parts = [int(p) for p in text.split(".")]
    return tuple(parts + [0] * (3 - len(parts)))[:3]
