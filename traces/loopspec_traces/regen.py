"""regen and check: golden traces for the whole corpus.

Every scenario is compiled once here and run on every CPython version it
allows (versions.py): one `record` process per version runs each scenario in
a child forked from it (record.py; task names count from Task-1 in each).
`regen` writes traces/golden/, one trace per version;
`check` runs the same and compares with the committed goldens, version by
version, saying which versions it had no interpreter for. A scenario whose
set walks came out in another order the model permits keeps its committed
golden in both (open_orders.py).
"""
import difflib
import json
import os
import subprocess
import sys
from pathlib import Path

from . import metadata, paths, versions
from .compiler import compile_file
from .diagnostics import ScenarioErrors, ToolError
from .open_orders import another_permitted_order
from .trace import canonical_events, event_text, golden_text, golden_traces



class Result:
    """One scenario: its IR and a trace per CPython version that ran it."""

    def __init__(self, sid, path, status, ir=None, message=None):
        self.sid = sid
        self.path = path
        self.status = status      # "ok", "skipped", "error"
        self.ir = ir
        self.message = message    # why skipped / what failed
        self.traces = {}          # minor version -> events
        self.runtimes = {}        # minor version -> 'CPython 3.12.1'
        self.too_old = []         # versions older than the scenario's `python:`

    def golden_text(self, kept=None):
        """The golden file, with `kept` ({version: (runtime, events)}) for versions not run here."""
        traces, runtimes = dict(self.traces), dict(self.runtimes)
        for version, (runtime, events) in (kept or {}).items():
            traces.setdefault(version, events)
            runtimes.setdefault(version, runtime)
        header = {"scenario": self.sid, "loop": "virtual",
                  "runtimes": {v: runtimes[v] for v in sorted(runtimes, key=versions.patch_tuple)}}
        return golden_text(header, self.ir, traces)


def child_env():
    """A clean environment for scenario runs: no PYTHON* settings but a fixed hash seed."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def compile_one(path, scenarios_dir):
    """A Result holding the scenario's IR, or its compile error."""
    sid = paths.scenario_id(path, scenarios_dir)
    try:
        return Result(sid, path, "ok", ir=compile_file(path, sid))
    except (ScenarioErrors, ToolError) as e:
        return Result(sid, path, "error", message=str(e))


# The feature tags of the outside world (docs/outside-world.md): where the
# real world could race, so each golden is recorded RECORDINGS times, each
# in a process of its own, and must come out the same every time. `check`
# records them CHECK_RECORDINGS times: the ten-fold recording is the gate a
# golden passes when it is written, and CI's check would spend most of its
# time repeating it (docs/outside-world.md#races).
OUTSIDE_WORLD_TAGS = frozenset({"threads", "signals", "sockets", "streams", "servers", "datagrams", "pipes",
                                "subprocess"})
RECORDINGS = 10
CHECK_RECORDINGS = 2


def record_rows(interpreter, results, jobs, time_limit):
    """One row per result (in order) from the interpreter's `record` command:
    {"runtime", "trace"} or {"error"}. Each scenario runs in a child forked
    for it alone (record.py)."""
    items = "".join(json.dumps({"id": r.sid, "path": str(r.path)}) + "\n" for r in results)
    cmd = [interpreter.path, "-s", str(paths.WRAPPER), "record", "--jobs", str(jobs),
           "--time-limit", repr(float(time_limit))]
    proc = subprocess.run(cmd, input=items, capture_output=True, text=True, env=child_env(),
                          cwd=str(paths.TRACES_DIR))
    rows = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    if proc.returncode != 0 or len(rows) != len(results):
        why = proc.stderr.strip() or f"exited with status {proc.returncode}"
        rows = [{"error": f"CPython {interpreter.version}'s record run failed: {why}"}] * len(results)
    return rows


def record_on(interpreter, results, jobs, time_limit):
    """Runs `results`' scenarios on one interpreter (its `record` command) and files the traces.

    A run the runner stops (time limit, iteration cap, unloggable value) makes
    that scenario an error; the others go on.
    """
    rows = record_rows(interpreter, results, jobs, time_limit)
    for r, row in zip(results, rows):
        if row.get("error"):
            r.status = "error"
            r.message = row["error"] if not r.message else r.message + "\n" + row["error"]
        else:
            r.runtimes[interpreter.minor] = row["runtime"]
            r.traces[interpreter.minor] = row["trace"]


def build_all(scenarios_dir, jobs, interpreters, time_limit=None, recordings=RECORDINGS):
    """Compile every scenario, then run each on every interpreter its `python:` allows
    (an outside-world one `recordings` times)."""
    if time_limit is None:  # resolved here: a bad $LOOPSPEC_TIME_LIMIT fails once, up front
        from .runner import default_time_limit
        time_limit = default_time_limit()
    results = [compile_one(p, scenarios_dir) for p in paths.discover(scenarios_dir)]
    work = {i.minor: [] for i in interpreters}
    for r in results:
        if r.status != "ok":
            continue
        need = metadata.version_tuple(r.ir["meta"]["python"])
        r.too_old = [v for v in versions.SUPPORTED if versions.patch_tuple(v)[:2] < need[:2]]
        allowed = [i for i in interpreters if versions.patch_tuple(i.version) >= need]
        for i in allowed:
            work[i.minor].append(r)
        if not allowed:
            r.status = "skipped"
            r.message = (f"needs CPython {r.ir['meta']['python']}; here: "
                         + ", ".join(i.version for i in interpreters))
    for interp in interpreters:
        if work[interp.minor]:
            record_on(interp, work[interp.minor], jobs or os.cpu_count() or 1, time_limit)
            check_repeatable(interp, work[interp.minor], jobs or os.cpu_count() or 1, time_limit, recordings)
    return results


def check_repeatable(interpreter, results, jobs, time_limit, recordings):
    """Records each outside-world scenario `recordings` - 1 more times; one whose
    trace differs from its first recording becomes an error (docs/outside-world.md#races)."""
    outside = [r for r in results
               if r.status == "ok" and OUTSIDE_WORLD_TAGS.intersection(r.ir["meta"]["features"])]
    if not outside:
        return
    again = outside * (recordings - 1)
    rows = record_rows(interpreter, again, jobs, time_limit)
    for n, (r, row) in enumerate(zip(again, rows)):
        if r.status != "ok":
            continue
        first = json.dumps(r.traces[interpreter.minor], sort_keys=True)
        if row.get("error") or json.dumps(row["trace"], sort_keys=True) != first:
            what = row.get("error") or "a different trace"
            r.status = "error"
            r.message = (f"{r.sid}: recording {n // len(outside) + 2} of {recordings} on CPython "
                         f"{interpreter.version} gave {what}; an outside-world golden must be the same "
                         "every time (docs/outside-world.md#races): "
                         "log nothing that depends on the machine or the moment")


def find_interpreters(requested, out):
    """The interpreters of the requested versions; says which versions are skipped."""
    found = []
    for minor in requested:
        interp = versions.interpreter_for(minor)
        if interp is None:
            print(versions.missing_message(minor), file=out)
        else:
            found.append(interp)
    return found


def golden_path(golden_dir, sid):
    return Path(golden_dir) / (sid + ".json")


def existing_goldens(golden_dir):
    base = Path(golden_dir)
    if not base.is_dir():
        return {}
    return {f"{p.parent.name}/{p.stem}": p for p in sorted(base.glob("*/*.json"))}


def _load_golden(path):
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        return {"error": str(e)}


def kept_traces(path, result, ran):
    """{version: (runtime, events)} of a committed golden for versions not run now.

    They are kept only while the scenario is unchanged (same IR) and still
    allows that version: a stale trace is dropped, never carried over.
    """
    if path is None:
        return {}
    doc = _load_golden(path)
    if "error" in doc or json.dumps(doc.get("ir"), sort_keys=True) != json.dumps(result.ir, sort_keys=True):
        return {}
    runtimes = doc.get("header", {}).get("runtimes", {})
    return {v: (runtimes.get(v, f"CPython {v}"), events)
            for v, events in golden_traces(doc).items()
            if v not in ran and v not in result.too_old}


def regen(scenarios_dir=None, golden_dir=None, jobs=0, out=sys.stdout, err=sys.stderr,
          time_limit=None, python=None):
    """Rewrite the goldens; returns the exit status."""
    scenarios_dir = Path(scenarios_dir) if scenarios_dir else paths.SCENARIOS_DIR
    golden_dir = Path(golden_dir) if golden_dir else paths.GOLDEN_DIR
    interpreters = find_interpreters(versions.parse_requested(python), out)
    if not interpreters:
        raise ToolError("regen: no CPython to record with (" + ", ".join(python or versions.SUPPORTED) + ")")
    ran = {i.minor for i in interpreters}
    committed = existing_goldens(golden_dir)
    results = build_all(scenarios_dir, jobs, interpreters, time_limit)
    counts = {"written": 0, "unchanged": 0, "deleted": 0, "skipped": 0, "errors": 0}
    for r in results:
        if r.status == "error":
            counts["errors"] += 1
            print(r.message, file=err)
        elif r.status == "skipped":
            counts["skipped"] += 1
            print(f"skipped {r.sid}: {r.message}", file=out)
        else:
            text = r.golden_text(kept_traces(committed.get(r.sid), r, ran))
            target = golden_path(golden_dir, r.sid)
            old = target.read_text(encoding="utf-8") if target.is_file() else None
            reordered = old is not None and another_permitted_order(_load_golden(target), r)
            if old == text or reordered:
                counts["unchanged"] += 1
                if reordered:
                    print(f"kept {r.sid}: {reordered}", file=out)
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                tmp = target.with_suffix(".json.tmp")
                tmp.write_text(text, encoding="utf-8")
                os.replace(tmp, target)
                counts["written"] += 1
    live = {r.sid for r in results}
    for sid, p in committed.items():
        if sid not in live:
            p.unlink()
            counts["deleted"] += 1
            print(f"deleted {p} (its scenario is gone)", file=out)
            try:
                p.parent.rmdir()
            except OSError:
                pass
    print(f"regen: {len(results)} scenarios on {_names(interpreters)}: {counts['written']} written, "
          f"{counts['unchanged']} unchanged, {counts['deleted']} deleted, "
          f"{counts['skipped']} skipped, {counts['errors']} errors", file=out)
    return 1 if counts["errors"] else 0


def _names(interpreters):
    return ", ".join(f"CPython {i.version}" for i in interpreters)


def regen_command(scenarios_dir=None, golden_dir=None, jobs=0, time_limit=None, python=None):
    return regen(scenarios_dir, golden_dir, jobs, time_limit=time_limit, python=python)


# -- check --------------------------------------------------------------------

def compare_trace(old_events, new_events):
    """Diff lines between a committed trace and a fresh one; empty when equal."""
    if canonical_events(old_events) == canonical_events(new_events):
        return []
    a = [event_text(e) for e in old_events]
    b = [event_text(e) for e in new_events]
    diff = list(difflib.unified_diff(a, b, "golden", "this CPython", lineterm="", n=1))
    if not diff:  # same text, different JSON types are impossible; be safe
        diff = ["(events differ in value types)"]
    if len(diff) > 24:
        diff = diff[:24] + [f"... ({len(diff) - 24} more diff lines)"]
    return diff


def compare_golden(old, result):
    """How a committed golden differs from a fresh Result, or None when equal."""
    if "error" in old:
        return f"  unreadable golden: {old['error']}"
    lines = []
    if json.dumps(old.get("ir"), sort_keys=True) != json.dumps(result.ir, sort_keys=True):
        lines.append("  the IR differs (the scenario changed since the golden was written)")
    committed = golden_traces(old)
    for version in sorted(result.traces, key=versions.patch_tuple):
        if version not in committed:
            lines.append(f"  CPython {version}: no committed trace (run `loopspec-traces regen`)")
            continue
        diff = compare_trace(committed[version], result.traces[version])
        if diff:
            lines.append(f"  CPython {version}:")
            lines += ["    " + d for d in diff]
    return "\n".join(lines) if lines else None


def check(scenarios_dir=None, golden_dir=None, jobs=0, out=sys.stdout, err=sys.stderr,
          time_limit=None, python=None):
    """Re-record every version with an interpreter here and compare; 0 equal, 1 differ, 77 none."""
    scenarios_dir = Path(scenarios_dir) if scenarios_dir else paths.SCENARIOS_DIR
    golden_dir = Path(golden_dir) if golden_dir else paths.GOLDEN_DIR
    committed = existing_goldens(golden_dir)
    interpreters = find_interpreters(versions.parse_requested(python), out)
    if not interpreters:
        print("check: skipped: no CPython of the requested versions here", file=out)
        return 77
    results = build_all(scenarios_dir, jobs, interpreters, time_limit, CHECK_RECORDINGS)
    differ = []
    errors = skipped = same = 0
    for r in results:
        if r.status == "error":
            errors += 1
            print(r.message, file=err)
        elif r.status == "skipped":
            skipped += 1
            print(f"skipped {r.sid}: {r.message}", file=out)
        elif r.sid not in committed:
            differ.append((r.sid, "  no committed golden (run `loopspec-traces regen`)"))
        else:
            old = _load_golden(committed[r.sid])
            why = compare_golden(old, r)
            reordered = why and another_permitted_order(old, r)
            if why and not reordered:
                differ.append((r.sid, why))
            else:
                same += 1
                if reordered:
                    print(f"equal up to an open order: {r.sid}: {reordered}", file=out)
    live = {r.sid for r in results}
    for sid, p in committed.items():
        if sid not in live:
            differ.append((sid, f"  golden {p} has no scenario (run `loopspec-traces regen`)"))
    for sid, why in sorted(differ):
        print(f"DIFFERS {sid}\n{why}", file=out)
    print(f"check: {len(results)} scenarios on {_names(interpreters)}: {same} equal, "
          f"{len(differ)} differ, {skipped} skipped, {errors} errors", file=out)
    return 1 if differ or errors else 0


def check_command(scenarios_dir=None, golden_dir=None, jobs=0, time_limit=None, python=None):
    return check(scenarios_dir, golden_dir, jobs, time_limit=time_limit, python=python)
