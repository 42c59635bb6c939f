"""Trace events and their text: JSON Lines (docs/scenario-language.md#traces) and golden files (docs/ir.md)."""
import json

GOLDEN_VERSION = 2


def event_text(event):
    """One event or header as a JSON line, in the style of the contract's examples."""
    return json.dumps(event, ensure_ascii=True)


def jsonl(header, events):
    return "".join(event_text(e) + "\n" for e in [header] + list(events))


def golden_text(header, ir, traces):
    """The golden file: one JSON document, one trace event per line.

    `traces` maps each CPython minor version ('3.12') to its events; versions
    with equal traces share one entry, so a diff shows which versions differ.
    """
    out = ['{"golden": %d,\n' % GOLDEN_VERSION,
           ' "header": %s,\n' % event_text(header),
           ' "ir": %s,\n' % json.dumps(ir, ensure_ascii=True, separators=(",", ":")),
           ' "traces": [\n']
    groups = group_versions(traces)
    for g, (versions, events) in enumerate(groups):
        out.append('  {"python": %s, "trace": [\n' % json.dumps(versions))
        for i, e in enumerate(events):
            out.append("   " + event_text(e) + (",\n" if i + 1 < len(events) else "\n"))
        out.append("  ]}" + (",\n" if g + 1 < len(groups) else "\n"))
    out.append(" ]}\n")
    return "".join(out)


def group_versions(traces):
    """[(versions, events)]: versions with equal events together, oldest version first."""
    groups = []
    for version in sorted(traces, key=lambda v: tuple(int(x) for x in v.split("."))):
        key = canonical_events(traces[version])
        for versions, events in groups:
            if canonical_events(events) == key:
                versions.append(version)
                break
        else:
            groups.append(([version], traces[version]))
    return groups


def golden_runtime(doc, minor):
    """'CPython 3.12.1': the interpreter that recorded a golden's `minor` trace, or None."""
    header = doc.get("header", {})
    if doc.get("golden") == 1:
        return header.get("runtime")
    return header.get("runtimes", {}).get(minor)


def golden_traces(doc):
    """{minor version: events} of a golden document.

    Format 1 (one `trace`, made by the CPython its header's `runtime` names)
    is still read, so goldens written before versions were recorded work.
    """
    if doc.get("golden") == 1:
        runtime = doc.get("header", {}).get("runtime", "CPython 3.11")
        version = ".".join(runtime.split()[1].rstrip(",").split(".")[:2])
        return {version: doc.get("trace", [])}
    return {v: entry.get("trace", []) for entry in doc.get("traces", []) for v in entry.get("python", [])}


def parse_jsonl(text):
    """(header, events) from `run` output."""
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    if not rows:
        raise ValueError("empty trace")
    return rows[0], rows[1:]


def canonical_events(events):
    """Event list as comparable text: ints and floats stay distinct (1 != 1.0, true != 1)."""
    return [json.dumps(e, sort_keys=True, ensure_ascii=True) for e in events]
