"""The changelog that runs: which scenarios each CPython version step changes, and why.

For each step (3.11 -> 3.12, 3.12 -> 3.13) the goldens say which scenarios
trace differently (both versions recorded, traces unequal). Each such
scenario is listed, with the label of its cause, in traces/versions/<new>.txt
(the format of the loops' known-divergence lists, divergence_list.py); each
label is a section of docs/versions.md. `version-changes --write` puts the
generated table between the markers of docs/versions.md; `--check` (a test)
fails when a list or the table no longer matches the goldens.
"""
import re
from pathlib import Path

from . import divergence_list, paths, versions
from .diagnostics import ToolError
from .open_orders import declares_set_iteration
from .regen import _load_golden, existing_goldens
from .trace import canonical_events, golden_traces

LISTS_DIR = paths.TRACES_DIR / "versions"
DOC = paths.TRACES_DIR.parent / "docs" / "versions.md"
BEGIN = "<!-- version-changes:begin (generated: traces/loopspec-traces version-changes --write) -->"
END = "<!-- version-changes:end -->"


def steps():
    """[(older, newer)] of consecutive supported versions."""
    return list(zip(versions.SUPPORTED, versions.SUPPORTED[1:]))


def changed(golden_dir, older, newer):
    """Sorted ids of the scenarios whose `older` and `newer` traces differ.

    Scenarios declaring `order: set-iteration` are left out: CPython records
    their set walks in an order its allocator decides, which changes between
    recordings as much as between releases (docs/orders.md); what they pin
    is checked per version against the model's permitted traces instead.
    """
    out = []
    for sid, path in existing_goldens(golden_dir).items():
        doc = _load_golden(path)
        if declares_set_iteration(doc.get("ir")):
            continue
        traces = golden_traces(doc)
        if older in traces and newer in traces and \
                canonical_events(traces[older]) != canonical_events(traces[newer]):
            out.append(sid)
    return out


def listed(newer, lists_dir=LISTS_DIR):
    """{scenario id: cause label} of traces/versions/<newer>.txt (empty when there is none)."""
    path = Path(lists_dir) / f"{newer}.txt"
    return divergence_list.load(path) if path.is_file() else {}


def problems(golden_dir, doc_text, lists_dir=LISTS_DIR):
    """What is out of step between the goldens, the lists and the doc's sections."""
    labels = {a or b for a, b in divergence_list._ANCHOR.findall(doc_text)}
    out = []
    for older, newer in steps():
        where = Path(lists_dir) / f"{newer}.txt"
        causes = listed(newer, lists_dir)
        found = set(changed(golden_dir, older, newer))
        for sid in sorted(found - set(causes)):
            out.append(f"{where}: {sid} traces differently on {older} and {newer}: "
                       "list it with the label of its cause")
        for sid in sorted(set(causes) - found):
            out.append(f"{where}: {sid} no longer differs between {older} and {newer}: "
                       "take it off the list")
        for sid, label in sorted(causes.items()):
            if label not in labels:
                out.append(f"{where}: {sid}: cause {label!r} has no section in {DOC} "
                           f"(a heading ending in {{#{label}}})")
    return out


def table(lists_dir=LISTS_DIR):
    """The generated Markdown: per step, each cause and its scenarios."""
    lines = []
    for older, newer in steps():
        causes = listed(newer, lists_dir)
        lines.append(f"**{older} → {newer}**: {len(causes)} scenarios trace differently.")
        lines.append("")
        by_cause = {}
        for sid, label in sorted(causes.items()):
            by_cause.setdefault(label, []).append(sid)
        for label, sids in by_cause.items():
            lines.append(f"- [{label}](#{label}): " + ", ".join(f"`{s}`" for s in sids))
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _replace_block(text, block):
    pattern = re.compile(re.escape(BEGIN) + r".*?" + re.escape(END), re.S)
    if not pattern.search(text):
        raise ToolError(f"{DOC}: the markers {BEGIN!r} ... {END!r} are missing")
    return pattern.sub(lambda _: f"{BEGIN}\n{block}{END}", text)


def command(write=False, check=False, golden_dir=None):
    """Print the table; --write puts it into docs/versions.md; --check fails when stale."""
    golden_dir = Path(golden_dir) if golden_dir else paths.GOLDEN_DIR
    try:
        doc_text = DOC.read_text(encoding="utf-8")
    except OSError as e:
        raise ToolError(f"{DOC}: {e.strerror or e}") from None
    found = problems(golden_dir, doc_text)
    for p in found:
        print(p)
    if found:
        return 1
    updated = _replace_block(doc_text, table())
    if check:
        if updated != doc_text:
            print(f"{DOC}: the version-changes table is stale: run "
                  "`traces/loopspec-traces version-changes --write`")
            return 1
        return 0
    if write:
        DOC.write_text(updated, encoding="utf-8")
    else:
        print(table(), end="")
    return 0
