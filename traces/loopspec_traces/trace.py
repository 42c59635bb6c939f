"""Trace events and their text: JSON Lines (docs/scenario-language.md#traces) and golden files (docs/ir.md)."""
import json

GOLDEN_VERSION = 1


def event_text(event):
    """One event or header as a JSON line, in the style of the contract's examples."""
    return json.dumps(event, ensure_ascii=True)


def jsonl(header, events):
    return "".join(event_text(e) + "\n" for e in [header] + list(events))


def golden_text(header, ir, events):
    """The golden file: one JSON document, one trace event per line."""
    out = ['{"golden": %d,\n' % GOLDEN_VERSION,
           ' "header": %s,\n' % event_text(header),
           ' "ir": %s,\n' % json.dumps(ir, ensure_ascii=True, separators=(",", ":")),
           ' "trace": [\n']
    for i, e in enumerate(events):
        out.append("  " + event_text(e) + (",\n" if i + 1 < len(events) else "\n"))
    out.append(" ]}\n")
    return "".join(out)


def parse_jsonl(text):
    """(header, events) from `run` output."""
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    if not rows:
        raise ValueError("empty trace")
    return rows[0], rows[1:]


def canonical_events(events):
    """Event list as comparable text: ints and floats stay distinct (1 != 1.0, true != 1)."""
    return [json.dumps(e, sort_keys=True, ensure_ascii=True) for e in events]
