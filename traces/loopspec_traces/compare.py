"""compare-loop: run the corpus on a Python loop and compare with the goldens (docs/report.md#python-loops).

Each scenario runs in a fresh interpreter (so a loop that crashes the
interpreter or hangs fails that scenario only) under the first CPython that
imports the loop (interpreters.py). Its trace is compared with a baseline:

- the golden, when that interpreter is the golden's CPython release (always
  for the `asyncio` loop itself: its column is this CPython against the
  golden's);
- otherwise stock asyncio on the virtual clock under the same interpreter,
  so that a difference is the loop's and not a CPython patch release's.

The comparison rule follows the loop's clock: `exact` for loops on the
virtual clock (whole traces, times included), `order` for loops on their
own clock (times ignored, logged floats masked, since most are readings of
loop.time()). Each scenario gets a status:

  same      identical events in identical order
  times     only times differ (`t`, or logged floats): passes under `order`
  order     the same events, in another order
  content   different events (other messages, other outcomes, ...)
  permitted not the baseline's trace, but one of those the scenario's open
            orders permit (`--permitted`, docs/orders.md): passes
  skipped   not compared: no golden, too long for real time, needs a newer CPython
  error     the loop's run produced no trace (crash, hang, runner error)

and a verdict from the loop's known-divergence list (divergence_list.py):
pass, xfail (listed, diverges), fail (diverges, not listed), xpass (listed,
no longer diverges) or skipped.
"""
import json
import os
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from . import divergence_list, loops, metadata, open_orders, paths, versions
from .diagnostics import ToolError
from .interpreters import missing_message, python_for, tool_command
from .regen import child_env
from .trace import golden_runtime, golden_traces, parse_jsonl

WALL_LIMIT = 120            # seconds for one run on the virtual clock
EXIT_UNAVAILABLE = 77       # the loop is not installed (ctest's SKIP)
PASSING = {"exact": ("same", "permitted"), "order": ("same", "times", "permitted")}


def strip_times(events):
    return [{k: v for k, v in e.items() if k != "t"} for e in events]


def _mask_floats(value):
    if isinstance(value, float):
        return "<float>"
    if isinstance(value, list):
        return [_mask_floats(v) for v in value]
    if isinstance(value, dict):
        return {k: _mask_floats(v) for k, v in value.items()}
    return value


def _canon(events):
    return [json.dumps(e, sort_keys=True) for e in events]


def classify(expected, actual):
    """(status, detail) for two event lists; see the module doc for the statuses."""
    if _canon(expected) == _canon(actual):
        return "same", ""
    a, b = strip_times(expected), strip_times(actual)
    if _canon(a) == _canon(b):
        return "times", "only event times differ"
    ma, mb = _canon(_mask_floats(a)), _canon(_mask_floats(b))
    if ma == mb:
        return "times", "only logged float values differ"
    first = next((i for i, (x, y) in enumerate(zip(ma, mb)) if x != y), min(len(ma), len(mb)))
    if sorted(ma) == sorted(mb):
        return "order", f"first difference at event {first + 1}"
    return "content", f"first difference at event {first + 1} ({len(ma)} events vs {len(mb)})"


def verdict(status, rule, listed):
    if status == "skipped":
        return "skipped"
    diverges = status not in PASSING[rule]
    if listed:
        return "xfail" if diverges else "xpass"
    return "fail" if diverges else "pass"


def first_difference(expected, actual):
    """`event N:` with both sides of the first differing event ('' when none)."""
    for i in range(max(len(expected), len(actual))):
        x = json.dumps(expected[i], sort_keys=True) if i < len(expected) else "(trace ended)"
        y = json.dumps(actual[i], sort_keys=True) if i < len(actual) else "(trace ended)"
        if x != y:
            return f"event {i + 1}:\n  expected: {x}\n  actual:   {y}"
    return ""


def _run(cmd, timeout):
    """(header, events) of a `run` command, or (None, why not)."""
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                           env=child_env(), cwd=str(paths.TRACES_DIR))
    except subprocess.TimeoutExpired:
        return None, f"took more than {timeout:g} s (killed)"
    if p.returncode != 0:
        why = p.stderr.strip().splitlines()
        return None, (why[-1] if why else f"exit status {p.returncode}")
    try:
        return parse_jsonl(p.stdout), None
    except ValueError as e:
        return None, f"unreadable trace: {e}"


class LoopComparison:
    """Compares scenarios on one Python loop; compare() does one scenario."""

    def __init__(self, loop, python, golden_dir, max_seconds, causes, permitted=None):
        self.loop = loop
        self.python = python
        self.version = versions.reported_version(python) or ""
        self.rule = loop.rule
        self.golden_dir = Path(golden_dir)
        self.max_seconds = max_seconds
        self.causes = causes
        self.permitted = permitted or {}  # id -> "3.X" -> the traces its open orders permit
        self.runtime = f"CPython {self.version}"  # until a run's header names the loop too
        self.baselines = set()  # baseline_name() of every scenario compared

    def baseline_name(self, golden_runtime):
        if self.loop.name == "asyncio" or golden_runtime == f"CPython {self.version}":
            return "golden"
        return f"CPython {self.version}'s asyncio on the virtual clock"

    def compare(self, path, sid):
        """The scenario's row of the JSON (docs/report.md#python-loops)."""
        res = {"scenario": sid, "cause": self.causes.get(sid, ""), "detail": "",
               "first_difference": ""}
        res.update(self._outcome(path, sid))
        res["verdict"] = verdict(res["status"], self.rule, sid in self.causes)
        return res

    def _outcome(self, path, sid):
        expected, why = self._baseline(path, sid)
        if expected is None:
            return {"status": "skipped", "detail": why}
        too_long = self._too_long(expected)
        if too_long:
            return {"status": "skipped", "detail": too_long}
        actual, err = self._run_loop(path, sid, expected)
        if actual is None:
            return {"status": "error", "detail": err}
        status, detail = classify(*((strip_times(expected), strip_times(actual)) if self.rule == "order"
                                    else (expected, actual)))
        permitted = status not in PASSING[self.rule] and self._permitted_match(sid, actual)
        if permitted:
            return {"status": "permitted", "detail": permitted}
        if status in ("order", "content"):
            # classify() counts events with the times and floats masked: so does the excerpt.
            expected, actual = _mask_floats(strip_times(expected)), _mask_floats(strip_times(actual))
        return {"status": status, "detail": detail,
                "first_difference": first_difference(expected, actual) if status != "same" else ""}

    def _permitted_match(self, sid, actual):
        """Why `actual` passes as one of the traces the scenario's open orders
        permit, other than the baseline's ('' when it is none of them).
        Without --permitted they come from this tree's build, if there is one."""
        minor = versions.minor_of(self.version)
        if sid not in self.permitted:
            self.permitted[sid] = {minor: open_orders.permitted_traces(self.golden_dir / (sid + ".json"), minor)}
        traces = self.permitted[sid].get(minor, [])
        for i, trace in enumerate(traces):
            a, b = (strip_times(trace), strip_times(actual)) if self.rule == "order" else (trace, actual)
            if classify(a, b)[0] in PASSING[self.rule]:
                return f"permitted trace {i + 1} of the {len(traces)} the open orders allow (docs/orders.md)"
        return ""

    def _baseline(self, path, sid):
        """(events, None) to compare with, or (None, why the scenario is skipped)."""
        try:
            golden = json.loads((self.golden_dir / (sid + ".json")).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None, "no readable golden"
        need = golden.get("ir", {}).get("meta", {}).get("python", "3.11")
        if metadata.version_tuple(need) > metadata.version_tuple(self.version):
            return None, f"needs CPython {need}; the loop runs under {self.version}"
        minor = versions.minor_of(self.version)
        baseline = self.baseline_name(golden_runtime(golden, minor))
        self.baselines.add(baseline)
        if baseline == "golden":
            return golden_traces(golden)[minor], None
        base, err = _run(tool_command(self.python, ["run", str(path), "--id", sid]), WALL_LIMIT)
        if base is None:
            return None, f"the baseline run failed: {err}"
        return base[1], None

    def _too_long(self, expected):
        """Why a real-time run is skipped ('' when it is not)."""
        end = max([0.0] + [e["t"] for e in expected if isinstance(e.get("t"), (int, float))])
        if self.loop.clock == "real" and end > self.max_seconds:
            return f"runs {end:g} s of virtual time, longer than --max-seconds {self.max_seconds:g}"
        return ""

    def _run_loop(self, path, sid, expected):
        """(events, None), or (None, why there is no trace)."""
        argv = ["run", str(path), "--id", sid, "--loop", self.loop.name]
        timeout = WALL_LIMIT
        if self.loop.clock == "real":
            # Real time: a pause longer than the scenario's longest wait means it is stuck.
            times = [0.0] + [e["t"] for e in expected if isinstance(e.get("t"), (int, float))]
            gap = max((b - a for a, b in zip(times, times[1:])), default=0.0)
            argv += ["--idle-timeout", f"{max(2.0, gap + 2.0):g}"]
            timeout = WALL_LIMIT + max(times)
        run, err = _run(tool_command(self.python, argv), timeout)
        if run is None:
            return None, f"{self.loop.name} run failed: {err}"
        self.runtime = run[0].get("runtime") or self.runtime
        return run[1], None


def _select(files, scenarios_dir, only):
    """The files named by `only`: scenario files, ids (<area>/<name>) or whole areas."""
    if not only:
        return files
    wanted = {paths.scenario_id(Path(i), scenarios_dir) if i.endswith(".py") else i for i in only}

    def chosen(f):
        sid = paths.scenario_id(f, scenarios_dir)
        return sid in wanted or sid.partition("/")[0] in wanted

    return [f for f in files if chosen(f)]


def compare_command(loop_name, scenarios_dir=None, golden_dir=None, jobs=0, json_out=None,
                    max_seconds=20.0, only=(), expected=None, permitted=None):
    loop = loops.lookup(loop_name)
    scenarios_dir = Path(scenarios_dir) if scenarios_dir else paths.SCENARIOS_DIR
    golden_dir = Path(golden_dir) if golden_dir else paths.GOLDEN_DIR
    list_path = Path(expected) if expected else divergence_list.default_path(loop)
    causes = divergence_list.load(list_path) if (expected or list_path.exists()) else {}
    doc = {"loop": loop.name, "runtime": None, "clock": loop.clock,
           "rule": loop.rule, "baseline": None,
           "expected": _shown(list_path) if causes or expected else None, "unavailable": None,
           "scenarios": []}
    python = python_for(loop.module)
    if python is None:
        doc["unavailable"] = missing_message(loop)
        print(f"compare-loop: {loop.name} skipped: {doc['unavailable']}")
        _write_json(json_out, doc)
        return EXIT_UNAVAILABLE
    permitted = _load_permitted(permitted) if permitted else {}
    files = _select(paths.discover(scenarios_dir), scenarios_dir, only)
    _check_listed(causes, {paths.scenario_id(f, scenarios_dir) for f in paths.discover(scenarios_dir)},
                  list_path)
    cmp = LoopComparison(loop, python, golden_dir, max_seconds, causes, permitted)
    with ThreadPoolExecutor(max_workers=jobs or os.cpu_count() or 1) as pool:
        rows = list(pool.map(lambda f: cmp.compare(f, paths.scenario_id(f, scenarios_dir)), files))
    doc.update(runtime=cmp.runtime, scenarios=rows,
               baseline=" and ".join(sorted(cmp.baselines)) or None)
    _print_summary(loop, rows)
    _write_json(json_out, doc)
    return 1 if any(r["verdict"] in ("fail", "xpass") for r in rows) else 0


def _load_permitted(path):
    """--permitted FILE: {id: {"3.X": [trace, ...]}}."""
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise ToolError(f"{path}: cannot read the permitted traces: {e}") from None
    if not isinstance(doc, dict) or not all(isinstance(v, dict) for v in doc.values()):
        raise ToolError(f"{path}: not the permitted traces: expected an object of scenario ids, "
                        "each an object of versions (\"3.11\": [trace, ...])")
    return doc


def _shown(path):
    try:
        return str(Path(path).resolve().relative_to(paths.TRACES_DIR.parent))
    except ValueError:
        return str(path)


def _check_listed(causes, ids, list_path):
    unknown = sorted(set(causes) - ids)
    if unknown:
        raise ToolError(f"{list_path}: lists {', '.join(unknown)}, not in the corpus; "
                        "remove the line or fix the id")


def _print_summary(loop, rows):
    counts = {}
    for r in rows:
        counts[r["verdict"]] = counts.get(r["verdict"], 0) + 1
        if r["verdict"] in ("fail", "xpass"):
            what = ("diverges and is not listed" if r["verdict"] == "fail"
                    else f"is listed ({r['cause']}) but no longer diverges")
            print(f"{r['verdict'].upper():7} {r['scenario']}: {what}: {r['status']} {r['detail']}")
            if r["first_difference"]:
                print("        " + r["first_difference"].replace("\n", "\n        "))
    print(f"compare-loop {loop.name}: " + ", ".join(f"{v} {k}" for k, v in sorted(counts.items())))


def _write_json(json_out, doc):
    if not json_out:
        return
    try:
        Path(json_out).write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")
    except OSError as e:
        raise ToolError(f"{json_out}: cannot write: {e.strerror or e}") from None
