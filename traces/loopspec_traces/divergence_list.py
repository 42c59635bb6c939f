"""A Python loop's known divergences: traces/loops/<loop>.txt (docs/report.md#python-loops).

One scenario per line, with the label of its cause:

    # comments and blank lines are ignored
    timers/call_later_zero_delay    timer-ms

Each label is a section of docs/loops/<loop>.md (a heading ending in
`{#label}` or an anchor `<a id="label">`) saying what the loop does and why.
A divergence not listed, or a listed scenario that no longer diverges, fails
the loop's check, as expected failures and XPASS do for implementations.
"""
import re
from pathlib import Path

from . import paths
from .diagnostics import ToolError

LISTS_DIR = paths.TRACES_DIR / "loops"
DOCS_DIR = paths.TRACES_DIR.parent / "docs" / "loops"

_LABEL = re.compile(r"[a-z0-9][a-z0-9-]*\Z")
_ANCHOR = re.compile(r'<a id="([a-z0-9-]+)"></a>|\{#([a-z0-9-]+)\}')


def default_path(loop):
    return LISTS_DIR / f"{loop.list_name}.txt"


def load(path):
    """{scenario id: cause label} from a list file; ToolError naming the line otherwise."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise ToolError(f"{path}: cannot read the known-divergence list: {e.strerror or e}") from None
    causes = {}
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        fields = line.split()
        where = f"{path}:{number}"
        if len(fields) != 2 or "/" not in fields[0]:
            raise ToolError(f"{where}: want `<area>/<scenario> <cause-label>`, got {raw.strip()!r}")
        sid, label = fields
        if not _LABEL.match(label):
            raise ToolError(f"{where}: cause label {label!r}: use lower-case letters, digits and '-'")
        if sid in causes:
            raise ToolError(f"{where}: {sid} is listed twice; keep one line")
        causes[sid] = label
    return causes


def doc_labels(doc_path):
    """The cause labels a docs/loops/<loop>.md page defines (its anchors)."""
    text = Path(doc_path).read_text(encoding="utf-8")
    return {a or b for a, b in _ANCHOR.findall(text)}
