"""batch: run many IR programs on CPython in one driver process.

The property tests (properties/, issue 6) generate thousands of programs as IR
and need each one's CPython trace. Starting an interpreter per program would
cost more than the runs, so one driver process does them all:

- each program runs in a child made with os.fork(). CPython's C Task keeps
  its `Task-N` counter per process, and this parent never creates a task, so
  every child numbers its tasks from Task-1 as a fresh process would;
- the child decompiles the IR to a scenario file (what a failure report
  shows and what can be dropped into traces/scenarios/regressions/), runs
  the file exactly as `loopspec-traces run` does (runner.run_scenario: the
  virtual loop, the trace encoding), checks the round trip (the IR the file
  compiles to must equal the input) and writes its result to a file the
  parent collects.

On another Python loop (`--loop NAME`, loops.py) the programs run as `run
--loop NAME` runs them: the command re-executes itself under an interpreter
that imports the loop (interpreters.py), a loop on its own clock runs in real
time and a program that stays idle for `--idle-timeout` seconds ends
`blocked`. With `--baseline`, when that interpreter is not the one the
command was started with (the one whose stock asyncio `property/cpython`
holds the model to), every program also runs on that interpreter's stock
asyncio on the virtual clock: a difference the loop shares with it is the
CPython release's, not the loop's (docs/properties.md#python-loops).

Input: JSON Lines, one IR document per line. Output: JSON Lines in input
order, one object per program:
    {"id": ..., "source": <scenario text>, "roundtrip": true|false,
     "trace": [events] | null, "error": <message> | null
     [, "baseline": [events] | null, "baseline_error": <message> | null]}
"""
import gc
import json
import os
import signal
import sys
import tempfile
import time
from pathlib import Path

from . import loops
from .compiler import compile_file
from .decompiler import decompile
from .diagnostics import ScenarioError, ScenarioErrors, ToolError
# Imported here, in the parent, so that no child pays for importing asyncio
# (cli.py has prepared the loop first: asyncio-pure must come before asyncio).
# Importing creates no task: the children's Task-N counters still start at 1.
from . import runner

CHILD_TIMEOUT = 60.0  # seconds of wall time for one program


def _canonical(ir):
    return json.dumps(ir, sort_keys=True, ensure_ascii=True, separators=(",", ":"))


def _scenario_path(workdir, sid):
    """<workdir>/<area>/<name>.py for a scenario id <area>/<name>."""
    area, _, name = sid.rpartition("/")
    path = Path(workdir) / (area or "batch") / (name + ".py")
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _run_one(ir, workdir, loop, idle_timeout, write):
    """Decompile, run and round-trip one IR; write(result dict) (see the module doc).

    The round trip costs nothing extra: run_scenario compiles the file anyway,
    and the IR it compiles is captured here and compared with the input. A
    real-time run that goes idle ends inside run_scenario (the watchdog
    exits the process), so the result is written from its on_blocked too.
    """
    sid = ir.get("id") or "batch/program"
    result = {"id": sid, "source": None, "roundtrip": False, "trace": None, "error": None}
    try:
        source, _warnings = decompile(ir)
    except Exception as e:  # a decompiler bug: report it with the program
        result["error"] = f"decompile failed: {type(e).__name__}: {e}"
        return write(result)
    result["source"] = source
    path = _scenario_path(workdir, sid)
    path.write_text(source, encoding="utf-8")
    compiled = []

    def capture(*args, **kwargs):
        compiled.append(compile_file(*args, **kwargs))
        return compiled[-1]

    def finish(events):
        result["trace"] = events
        if compiled:
            result["roundtrip"] = _canonical(compiled[0]) == _canonical(ir)
        write(result)

    runner.compile_file = capture
    try:
        _head, events = runner.run_scenario(path, loop, sid, idle_timeout,
                                            on_blocked=lambda _head, events: finish(events))
        result["trace"] = events
    except (ScenarioError, ScenarioErrors, ToolError) as e:
        result["error"] = f"the decompiled scenario does not compile: {e}"
    except runner.RunnerError as e:
        result["error"] = str(e)
    except BaseException as e:  # noqa: BLE001 - anything else is a runner bug
        result["error"] = f"runner failed: {type(e).__name__}: {e}"
    finish(result["trace"])


def _child(text, workdir, out_file, loop, idle_timeout):
    """In the forked child: run one program (IR as JSON text) and write its result."""
    def write(result):
        with open(out_file, "w", encoding="utf-8") as f:
            json.dump(result, f, ensure_ascii=True)

    _run_one(json.loads(text), workdir, loop, idle_timeout, write)


class ForkPool:
    """At most `jobs` forked children at a time, each with a deadline.

    A child runs `work()` with its output silenced and exits; whatever it has
    to say it writes to a file. Forking from a parent that imported asyncio
    but never made a task gives each child a fresh `Task-N` counter, as a
    new process would have, for a fraction of an interpreter's start-up.
    """

    def __init__(self, jobs, seconds):
        self.jobs = max(1, jobs)
        self.seconds = seconds
        self.running = {}  # pid -> (index, deadline)
        self.finished = {}  # index -> exit status (None when killed for time)

    def start(self, index, work):
        while len(self.running) >= self.jobs:
            self._reap(block=True)
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.dup2(devnull, 2)
            try:
                work()
            finally:
                os._exit(0)
        self.running[pid] = (index, time.monotonic() + self.seconds)

    def drain(self):
        while self.running:
            self._reap(block=True)

    def _reap(self, block):
        while True:
            pid, status = os.waitpid(-1, os.WNOHANG)
            if pid:
                index, _ = self.running.pop(pid)
                self.finished.setdefault(index, status)
                return
            now = time.monotonic()
            for p, (index, deadline) in list(self.running.items()):
                if now > deadline:
                    os.kill(p, signal.SIGKILL)
                    self.finished[index] = None
            if not block:
                return
            time.sleep(0.001)


def run_batch(texts, jobs=0, workdir=None, loop=loops.KNOWN["asyncio"], idle_timeout=5.0):
    """Results (dicts, see the module doc) for IR documents given as JSON texts, run on `loop`.

    The parent keeps the programs as text, one object each, and freezes its
    heap before forking: a child then copies few pages (it parses only its
    own program, and its garbage collector leaves the frozen objects alone).
    """
    jobs = jobs or os.cpu_count() or 1
    gc.collect()
    gc.freeze()
    with tempfile.TemporaryDirectory(prefix="loopspec-batch-") as tmp:
        workdir = workdir or tmp
        pool = ForkPool(jobs, CHILD_TIMEOUT)
        outputs = [os.path.join(tmp, f"result-{i}.json") for i in range(len(texts))]
        for index, text in enumerate(texts):
            pool.start(index, lambda t=text, o=outputs[index]: _child(t, workdir, o, loop, idle_timeout))
        pool.drain()
        results = []
        for index in range(len(texts)):
            if pool.finished.get(index) is None:
                results.append(_failed(texts[index], f"the run took more than {CHILD_TIMEOUT:.0f} s of wall time"))
                continue
            try:
                with open(outputs[index], encoding="utf-8") as f:
                    results.append(json.load(f))
            except (OSError, ValueError):
                results.append(_failed(texts[index], "the run died without a result"))
    gc.unfreeze()
    return results


def _failed(text, message):
    try:
        sid = json.loads(text).get("id") or "batch/program"
    except ValueError:
        sid = "batch/program"
    return {"id": sid, "source": None, "roundtrip": False, "trace": None, "error": message}


def _read_irs(path):
    """The non-empty lines of a JSON Lines file, each checked to be a JSON object."""
    texts = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                ok = isinstance(json.loads(line), dict)
            except ValueError as e:
                raise ToolError(f"{path}:{n}: not JSON: {e}") from None
            if not ok:
                raise ToolError(f"{path}:{n}: not an IR document")
            texts.append(line)
    return texts


def _add_baseline(results, irs, keep):
    """Each result gets `baseline`: the program on this interpreter's stock asyncio (virtual clock)."""
    stock = run_batch(irs, 0, keep)  # CPU-bound runs: one per CPU, whatever --jobs says
    for result, base in zip(results, stock):
        result["baseline"] = base["trace"]
        result["baseline_error"] = base["error"]


def batch_command(input_path, output_path, jobs=0, keep=None, loop=loops.KNOWN["asyncio"],
                  idle_timeout=5.0, baseline=False, reexecuted=False):
    """`reexecuted`: this process runs under the loop's interpreter, not the caller's (cli.py)."""
    runner.default_time_limit()  # a bad $LOOPSPEC_TIME_LIMIT: one error up front, not one per program
    try:
        irs = _read_irs(input_path)
    except OSError as e:
        raise ToolError(f"{input_path}: cannot read: {e.strerror or e}") from None
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
    results = run_batch(irs, jobs, keep, loop, idle_timeout)
    if baseline and reexecuted:
        _add_baseline(results, irs, keep)
    text = "".join(json.dumps(r, ensure_ascii=True) + "\n" for r in results)
    if output_path == "-":
        sys.stdout.write(text)
    else:
        try:
            Path(output_path).write_text(text, encoding="utf-8")
        except OSError as e:
            raise ToolError(f"{output_path}: cannot write: {e.strerror or e}") from None
    return 0
