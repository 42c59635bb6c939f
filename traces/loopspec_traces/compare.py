"""compare-uvloop: run the corpus on uvloop and compare with the virtual-loop traces.

Each scenario runs twice in fresh interpreters: on CPython's loop with the
virtual clock, and on uvloop in real time. Times (`t`) are ignored; the event
sequences are compared and each scenario is classified:

  same            identical events in identical order
  order           the same events, in another order
  times           differs only in logged float values (measured times)
  content         different events (other messages, other outcomes, ...)
  skipped         too long for real time, or the virtual run failed
  error           the uvloop run failed (no trace)
"""
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from . import paths
from .diagnostics import ToolError
from .interpreters import uvloop_command
from .regen import child_env
from .trace import parse_jsonl

WALL_LIMIT = 120


def strip_times(events):
    out = []
    for e in events:
        e = dict(e)
        e.pop("t", None)
        out.append(e)
    return out


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


def classify(virtual, uv):
    """(class, detail) for two event lists without times. Logged floats are masked
    (they are mostly measured loop times) before the order is compared."""
    a, b = _canon(virtual), _canon(uv)
    if a == b:
        return "same", ""
    ma, mb = _canon(_mask_floats(virtual)), _canon(_mask_floats(uv))
    if ma == mb:
        return "times", "only logged float values differ"
    first = next((i for i, (x, y) in enumerate(zip(ma, mb)) if x != y), min(len(ma), len(mb)))
    if sorted(ma) == sorted(mb):
        return "order", f"first difference at event {first + 1}"
    return "content", f"first difference at event {first + 1} ({len(ma)} events vs {len(mb)})"


def _run(cmd, timeout=WALL_LIMIT):
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                           env=child_env(), cwd=str(paths.TRACES_DIR))
    except subprocess.TimeoutExpired:
        return None, f"took more than {timeout} s"
    if p.returncode != 0:
        return None, p.stderr.strip() or f"exit status {p.returncode}"
    try:
        return parse_jsonl(p.stdout), None
    except ValueError as e:
        return None, f"unreadable trace: {e}"


def compare_one(path, scenarios_dir, max_seconds):
    """Virtual loop and uvloop under the same interpreter (the one that has uvloop), so
    that a difference is uvloop's and not a CPython patch release's. When that
    interpreter is not this one, the virtual run here is compared too and a
    difference is reported as `cpython_differs`."""
    sid = paths.scenario_id(path, scenarios_dir)
    res = {"scenario": sid, "path": str(path)}
    base_cmd = uvloop_command(["run", str(path), "--id", sid])
    if base_cmd is None:
        raise ToolError("no interpreter can import uvloop (Debian: apt-get install python3-uvloop)")
    virt, err = _run(base_cmd)
    if virt is None:
        res.update(status="skipped", detail=f"virtual run failed: {err}")
        return res
    vheader, vevents = virt
    if os.path.realpath(base_cmd[0]) != os.path.realpath(sys.executable):
        local, _ = _run([sys.executable, "-s", str(paths.WRAPPER), "run", str(path), "--id", sid])
        if local is not None:
            res["cpython_differs"] = _canon(strip_times(local[1])) != _canon(strip_times(vevents))
    times = [0.0] + [e["t"] for e in vevents if isinstance(e.get("t"), (int, float))]
    duration = max(times)
    gap = max((b - a for a, b in zip(times, times[1:])), default=0.0)
    if duration > max_seconds:
        res.update(status="skipped", detail=f"virtual duration {duration:g} s is longer than "
                                            f"--max-seconds {max_seconds:g}")
        return res
    idle = max(2.0, gap + 2.0)
    cmd = uvloop_command(["run", str(path), "--id", sid, "--loop", "uvloop",
                          "--idle-timeout", f"{idle:g}"])
    uv, err = _run(cmd, timeout=WALL_LIMIT + duration)
    if uv is None:
        res.update(status="error", detail=f"uvloop run failed: {err}")
        return res
    uheader, uevents = uv
    a, b = strip_times(vevents), strip_times(uevents)
    status, detail = classify(a, b)
    res.update(status=status, detail=detail, baseline=vheader.get("runtime"),
               runtime=uheader.get("runtime"), virtual=a, uvloop=b)
    return res


def compare_command(scenarios_dir=None, golden_dir=None, jobs=0, json_out=None,
                    max_seconds=20.0, only=()):
    scenarios_dir = Path(scenarios_dir) if scenarios_dir else paths.SCENARIOS_DIR
    files = paths.discover(scenarios_dir)
    if only:
        wanted = set()
        for item in only:
            p = Path(item)
            wanted.add(paths.scenario_id(p, scenarios_dir) if p.suffix == ".py" else item)
        files = [f for f in files if paths.scenario_id(f, scenarios_dir) in wanted]
    if uvloop_command(["--help"]) is None:
        raise ToolError("no interpreter can import uvloop (Debian: apt-get install python3-uvloop)")
    jobs = jobs or os.cpu_count() or 1
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        results = list(pool.map(lambda f: compare_one(f, scenarios_dir, max_seconds), files))
    counts = {}
    for r in results:
        counts[r["status"]] = counts.get(r["status"], 0) + 1
        if r["status"] != "same":
            note = " [CPython patch releases differ too]" if r.get("cpython_differs") else ""
            print(f"{r['status']:8} {r['scenario']}: {r.get('detail', '')}{note}")
            if r["status"] in ("order", "content", "times"):
                for label, events in (("virtual", r["virtual"]), ("uvloop ", r["uvloop"])):
                    print(f"         {label}: " + " | ".join(
                        json.dumps(e.get("log", e.get("unhandled", e)), sort_keys=True)
                        for e in events)[:600])
    print("compare-uvloop: " + ", ".join(f"{v} {k}" for k, v in sorted(counts.items())))
    if json_out:
        Path(json_out).write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0
