"""regen and check: golden traces for the whole corpus.

Every scenario is compiled here and run in a fresh interpreter (task names
count per process), several at a time. `regen` writes traces/golden/; `check`
writes to a temporary directory and compares with the committed goldens.
"""
import difflib
import json
import os
import platform
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from . import metadata, paths
from .compiler import compile_file
from .diagnostics import ScenarioErrors, ToolError
from .trace import canonical_events, event_text, golden_text, parse_jsonl

# Seconds of wall time for one scenario run, a backstop behind the runner's own
# time limit (runner.DEFAULT_TIME_LIMIT, --time-limit), which names the line.
RUN_TIMEOUT = 120


class Result:
    def __init__(self, sid, path, status, text=None, message=None):
        self.sid = sid
        self.path = path
        self.status = status      # "ok", "skipped", "error"
        self.text = text          # golden file text when ok
        self.message = message    # why skipped / what failed


def child_env():
    """A clean environment for scenario runs: no PYTHON* settings but a fixed hash seed."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def local_version():
    return tuple(int(x) for x in platform.python_version_tuple()[:3] if x.isdigit())


def run_timeout(time_limit):
    """The subprocess backstop for a run given the runner's time limit (0 or None: none)."""
    return max(RUN_TIMEOUT, int(2 * (time_limit or 0)) + 30)


def build_one(path, scenarios_dir, python=None, time_limit=None):
    """Compile and run one scenario; the Result holds the golden text.

    A run the runner stops (time limit, iteration cap, unloggable value) exits
    with status 2 and its message; it is an "error" Result like any other, and
    the other scenarios go on.
    """
    sid = paths.scenario_id(path, scenarios_dir)
    try:
        ir = compile_file(path, sid)
    except ScenarioErrors as e:
        return Result(sid, path, "error", message=str(e))
    except ToolError as e:
        return Result(sid, path, "error", message=str(e))
    need = metadata.version_tuple(ir["meta"]["python"])
    if need > local_version():
        return Result(sid, path, "skipped",
                      message=f"needs CPython {ir['meta']['python']}, this is "
                              f"{platform.python_version()}")
    cmd = [python or sys.executable, "-s", str(paths.WRAPPER), "run", str(path), "--id", sid]
    if time_limit is not None:
        cmd += ["--time-limit", repr(float(time_limit))]
    timeout = run_timeout(time_limit)
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                              env=child_env(), cwd=str(paths.TRACES_DIR))
    except subprocess.TimeoutExpired:
        return Result(sid, path, "error", message=f"{path}: the run took more than "
                                                  f"{timeout} s of wall time")
    if proc.returncode != 0:
        msg = proc.stderr.strip() or f"run exited with status {proc.returncode}"
        return Result(sid, path, "error", message=msg)
    try:
        header, events = parse_jsonl(proc.stdout)
    except ValueError as e:
        return Result(sid, path, "error", message=f"{path}: unreadable trace from the runner: {e}")
    return Result(sid, path, "ok", text=golden_text(header, ir, events))


def build_all(scenarios_dir, jobs, time_limit=None):
    if time_limit is None:  # resolved here: a bad $LOOPSPEC_TIME_LIMIT fails once, up front
        from .runner import default_time_limit
        time_limit = default_time_limit()
    files = paths.discover(scenarios_dir)
    jobs = jobs or os.cpu_count() or 1
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        return list(pool.map(lambda p: build_one(p, scenarios_dir, time_limit=time_limit),
                             files))


def golden_path(golden_dir, sid):
    return Path(golden_dir) / (sid + ".json")


def existing_goldens(golden_dir):
    base = Path(golden_dir)
    if not base.is_dir():
        return {}
    return {f"{p.parent.name}/{p.stem}": p for p in sorted(base.glob("*/*.json"))}


def regen(scenarios_dir=None, golden_dir=None, jobs=0, out=sys.stdout, err=sys.stderr,
          time_limit=None):
    """Rewrite the goldens; returns the exit status."""
    scenarios_dir = Path(scenarios_dir) if scenarios_dir else paths.SCENARIOS_DIR
    golden_dir = Path(golden_dir) if golden_dir else paths.GOLDEN_DIR
    results = build_all(scenarios_dir, jobs, time_limit)
    counts = {"written": 0, "unchanged": 0, "deleted": 0, "skipped": 0, "errors": 0}
    for r in results:
        if r.status == "error":
            counts["errors"] += 1
            print(r.message, file=err)
        elif r.status == "skipped":
            counts["skipped"] += 1
            print(f"skipped {r.sid}: {r.message}", file=out)
        else:
            target = golden_path(golden_dir, r.sid)
            old = target.read_text(encoding="utf-8") if target.is_file() else None
            if old == r.text:
                counts["unchanged"] += 1
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                tmp = target.with_suffix(".json.tmp")
                tmp.write_text(r.text, encoding="utf-8")
                os.replace(tmp, target)
                counts["written"] += 1
    live = {r.sid for r in results}
    for sid, p in existing_goldens(golden_dir).items():
        if sid not in live:
            p.unlink()
            counts["deleted"] += 1
            print(f"deleted {p} (its scenario is gone)", file=out)
            try:
                p.parent.rmdir()
            except OSError:
                pass
    print(f"regen: {len(results)} scenarios: {counts['written']} written, "
          f"{counts['unchanged']} unchanged, {counts['deleted']} deleted, "
          f"{counts['skipped']} skipped, {counts['errors']} errors", file=out)
    return 1 if counts["errors"] else 0


def regen_command(scenarios_dir=None, golden_dir=None, jobs=0, time_limit=None):
    return regen(scenarios_dir, golden_dir, jobs, time_limit=time_limit)


# -- check --------------------------------------------------------------------

def _runtime_minor(runtime):
    """'CPython 3.11.7' -> (3, 11); None when unreadable."""
    try:
        version = runtime.split()[1].rstrip(",")
        major, minor = version.split(".")[:2]
        return int(major), int(minor)
    except (AttributeError, IndexError, ValueError):
        return None


def _load_golden(path):
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        return {"error": str(e)}


def compare_golden(old, new):
    """A short description of how two golden documents differ, or None when equal."""
    if "error" in old:
        return f"  unreadable golden: {old['error']}"
    old_ir = json.dumps(old.get("ir"), sort_keys=True)
    new_ir = json.dumps(new.get("ir"), sort_keys=True)
    old_tr = canonical_events(old.get("trace", []))
    new_tr = canonical_events(new.get("trace", []))
    lines = []
    if old_ir != new_ir:
        lines.append("  the IR differs (the scenario changed since the golden was written)")
    if old_tr != new_tr:
        a = [event_text(e) for e in old.get("trace", [])]
        b = [event_text(e) for e in new.get("trace", [])]
        diff = list(difflib.unified_diff(a, b, "golden", "this CPython", lineterm="", n=1))
        if not diff:  # same text, different JSON types are impossible; be safe
            diff = ["  (events differ in value types)"]
        if len(diff) > 24:
            diff = diff[:24] + [f"  ... ({len(diff) - 24} more diff lines)"]
        lines += ["  " + d for d in diff]
    return "\n".join(lines) if lines else None


def check(scenarios_dir=None, golden_dir=None, jobs=0, out=sys.stdout, err=sys.stderr,
          time_limit=None):
    """Regenerate into a temp dir and compare; 0 equal, 1 differ, 77 cannot judge."""
    scenarios_dir = Path(scenarios_dir) if scenarios_dir else paths.SCENARIOS_DIR
    golden_dir = Path(golden_dir) if golden_dir else paths.GOLDEN_DIR
    committed = existing_goldens(golden_dir)
    here = local_version()[:2]
    for sid, p in committed.items():
        runtime = _load_golden(p).get("header", {}).get("runtime", "")
        minor = _runtime_minor(runtime)
        if minor is not None and minor != here:
            print(f"check: skipped: the goldens were made by {runtime} ({p}); this is CPython "
                  f"{platform.python_version()}, and traces are compared only against the "
                  f"same CPython {minor[0]}.{minor[1]} (messages and orders change between "
                  "minor versions)", file=out)
            return 77

    with tempfile.TemporaryDirectory(prefix="loopspec-check-") as tmp:
        results = build_all(scenarios_dir, jobs, time_limit)
        differ = []
        errors = 0
        skipped = 0
        same = 0
        for r in results:
            if r.status == "error":
                errors += 1
                print(r.message, file=err)
                continue
            if r.status == "skipped":
                skipped += 1
                print(f"skipped {r.sid}: {r.message}", file=out)
                continue
            fresh = golden_path(tmp, r.sid)
            fresh.parent.mkdir(parents=True, exist_ok=True)
            fresh.write_text(r.text, encoding="utf-8")
            if r.sid not in committed:
                differ.append((r.sid, "  no committed golden (run `loopspec-traces regen`)"))
                continue
            why = compare_golden(_load_golden(committed[r.sid]), json.loads(r.text))
            if why:
                differ.append((r.sid, why))
            else:
                same += 1
        live = {r.sid for r in results}
        for sid, p in committed.items():
            if sid not in live:
                differ.append((sid, f"  golden {p} has no scenario (run `loopspec-traces regen`)"))
        for sid, why in sorted(differ):
            print(f"DIFFERS {sid}\n{why}", file=out)
        print(f"check: {len(results)} scenarios: {same} equal, {len(differ)} differ, "
              f"{skipped} skipped, {errors} errors", file=out)
    return 1 if differ or errors else 0


def check_command(scenarios_dir=None, golden_dir=None, jobs=0, time_limit=None):
    return check(scenarios_dir, golden_dir, jobs, time_limit=time_limit)
