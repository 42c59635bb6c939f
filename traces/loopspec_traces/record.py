"""record: the goldens' runs of one CPython version, in one process.

`regen` and `check` need every scenario's trace under every installed CPython
version. Starting an interpreter per run costs several times the run itself
(imports, mostly), so `regen` starts one `record` process per version, and it
runs each scenario exactly as `loopspec-traces run` does (stock asyncio on the
virtual clock, runner.run_scenario) in a child forked from it
(batch.ForkPool: every child numbers its tasks from Task-1).

Input: JSON Lines, {"id": <scenario id>, "path": <scenario file>} each.
Output: JSON Lines in input order,
    {"id": ..., "runtime": "CPython X.Y.Z" | null, "trace": [events] | null,
     "error": <message> | null}
"""
import gc
import json
import os
import sys
import tempfile
from pathlib import Path

from . import runner
from .batch import ForkPool
from .diagnostics import ScenarioError, ScenarioErrors, ToolError


def child_seconds(time_limit):
    """The wall-time backstop for one run given the runner's own limit (0: none)."""
    return max(120, 2 * (time_limit or 0) + 30)


def _record_one(item, time_limit, out_file):
    """In the forked child: run one scenario, write its result."""
    result = {"id": item["id"], "runtime": None, "trace": None, "error": None}
    try:
        head, events = runner.run_scenario(item["path"], "virtual", item["id"], time_limit=time_limit)
        result["runtime"], result["trace"] = head["runtime"], events
    except (runner.RunnerError, ScenarioError, ScenarioErrors, ToolError) as e:
        result["error"] = str(e)
    except BaseException as e:  # noqa: BLE001 - anything else is a runner bug
        result["error"] = f"runner failed: {type(e).__name__}: {e}"
    Path(out_file).write_text(json.dumps(result, ensure_ascii=True), encoding="utf-8")


def record(items, jobs, time_limit):
    """One result dict per item, in order."""
    seconds = child_seconds(time_limit)
    gc.collect()
    gc.freeze()
    with tempfile.TemporaryDirectory(prefix="loopspec-record-") as tmp:
        pool = ForkPool(jobs or os.cpu_count() or 1, seconds)
        outputs = [os.path.join(tmp, f"{i}.json") for i in range(len(items))]
        for i, item in enumerate(items):
            pool.start(i, lambda it=item, out=outputs[i]: _record_one(it, time_limit, out))
        pool.drain()
        results = []
        for i, item in enumerate(items):
            failed = {"id": item["id"], "runtime": None, "trace": None}
            if pool.finished.get(i) is None:
                results.append(dict(failed, error=f"{item['path']}: the run took more than "
                                                  f"{seconds:.0f} s of wall time"))
                continue
            try:
                results.append(json.loads(Path(outputs[i]).read_text(encoding="utf-8")))
            except (OSError, ValueError):
                results.append(dict(failed, error=f"{item['path']}: the run died without a result"))
    gc.unfreeze()
    return results


def record_command(jobs=0, time_limit=None):
    """Items from stdin, results to stdout."""
    if time_limit is None:
        time_limit = runner.default_time_limit()
    items = [json.loads(line) for line in sys.stdin if line.strip()]
    for result in record(items, jobs, time_limit):
        sys.stdout.write(json.dumps(result, ensure_ascii=True) + "\n")
    sys.stdout.flush()
    return 0
