"""Re-recordings of scenarios whose open order CPython settles by memory address (docs/orders.md).

Where asyncio walks a set of tasks, coroutines or generators, CPython's order
follows their addresses, which depend on everything the recording process
allocated before: a scenario declaring `order: set-iteration` can come out
of one recording in another order than the last. Any order asyncio permits
is as good a golden as another, so `regen` keeps the committed golden and
`check` counts the scenario as equal when the fresh traces differ from the
committed ones only in that way. "Only in that way" is the model's call: the
`loopspec orders` command of a build says whether a golden's trace is one
of the traces the scenario's open orders permit (the walk's order may show
in values too, such as the order of an exception group's members). Without
a build, only a fresh trace with the same events in another order is let
through, and said so.
"""
import json
import os
import subprocess
import tempfile
from collections import Counter
from pathlib import Path

from . import paths
from .trace import golden_traces

ORDER = "set-iteration"
ENV = "LOOPSPEC_BIN"


def loopspec_binary():
    """$LOOPSPEC_BIN, else the `loopspec` of this tree's default build; None when neither exists."""
    given = os.environ.get(ENV)
    if given:
        return given
    built = paths.TRACES_DIR.parent / "build" / "harness" / "loopspec"
    return str(built) if built.is_file() else None


def declares_set_iteration(ir):
    """Whether the scenario of IR `ir` declares `order: set-iteration`."""
    return ORDER in (ir or {}).get("meta", {}).get("order", [])


def _same_events(a, b):
    key = lambda e: json.dumps(e, sort_keys=True)  # noqa: E731
    return Counter(map(key, a)) == Counter(map(key, b))


def _orders(loopspec, golden_path, version, *more):
    """`loopspec orders` on a golden file: its output, or None when it cannot run or fails."""
    try:
        proc = subprocess.run([loopspec, "orders", str(golden_path), "--python", version, *more],
                              capture_output=True, text=True)
    except OSError:
        return None
    return proc.stdout if proc.returncode == 0 else None


def _permitted(result, version, loopspec):
    """Whether `loopspec orders` finds the fresh trace of `version` among the permitted ones."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.json"
        fresh.write_text(result.golden_text(), encoding="utf-8")
        out = _orders(loopspec, fresh, version)
    return out is not None and "CPython's golden is permitted trace" in out


def permitted_traces(golden_path, version, loopspec=None):
    """The traces the open orders of the golden's scenario permit under
    `version`, from `loopspec orders --traces`; [] without a build or when
    the scenario declares no order."""
    loopspec = loopspec or loopspec_binary()
    if loopspec is None:
        return []
    out = _orders(loopspec, golden_path, version, "--traces")
    traces = []
    for line in (out or "").splitlines():
        if line.startswith("# trace "):
            traces.append([])
        elif traces:
            traces[-1].append(json.loads(line))
    return traces if len(traces) > 1 else []


def another_permitted_order(committed, result, loopspec=None):
    """A note when `result`'s traces differ from the committed golden `committed`
    (its parsed JSON) only in an order the scenario leaves open; None otherwise."""
    if not declares_set_iteration(result.ir) or "error" in committed:
        return None
    if json.dumps(committed.get("ir"), sort_keys=True) != json.dumps(result.ir, sort_keys=True):
        return None
    old = golden_traces(committed)
    changed = [v for v, events in result.traces.items() if old.get(v) != events]
    if not changed or any(v not in old for v in changed):
        return None
    loopspec = loopspec or loopspec_binary()
    if loopspec is None:
        if not all(_same_events(old[v], result.traces[v]) for v in changed):
            return None
        return (f"another order of the same events on CPython {', '.join(changed)} "
                f"(not judged: no loopspec build; set {ENV})")
    if all(_permitted(result, v, loopspec) for v in changed):
        return f"another permitted order on CPython {', '.join(changed)}"
    return None
