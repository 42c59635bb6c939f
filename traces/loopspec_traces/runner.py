"""Run one scenario under CPython and record its trace (docs/scenario-language.md#entry-points and #traces).

`run_scenario` executes the file as written, with a `loopspec` module providing
`log`, every loop made during the run of the kind asked for (loops.py: the
virtual loop by default), and returns the header and the event list. Problems of the scenario that show only at run time
(logging a value with no encoding, an endless loop) raise RunnerError with the
file and line.

Runaway scenarios (docs/scenario-language.md, "runaway scenarios"): on the
virtual loop a run is stopped when it passes a wall-clock limit (SIGALRM, 10 s
by default, `--time-limit` or $LOOPSPEC_TIME_LIMIT) or the virtual loop's
iteration cap. Nothing is traced while the scenario runs normally; only once a
limit is passed does the Watchdog look for the scenario line to blame.
"""
import asyncio
import builtins
import contextlib
import gc
import math
import os
import platform
import shutil
import signal
import sys
import tempfile
import threading
import time
import types
import warnings
from pathlib import Path

from . import encode as enc
from . import ir as irmod
from . import loops
from . import metadata
from . import virtual_children
from . import virtual_loop
from . import virtual_world
from .compiler import compile_file
from .diagnostics import ToolError
from .virtual_loop import Halt

_GC_REPORTS = ("exception was never retrieved", "was destroyed but it is pending")

DEFAULT_TIME_LIMIT = 10.0          # seconds of wall time per run on the virtual loop
TIME_LIMIT_ENV = "LOOPSPEC_TIME_LIMIT"
ALARM_INTERVAL = 0.1               # the alarm repeats this often once the limit is passed
TRAP_WAIT = 0.5                    # how long to wait for the next scenario line to blame
KILL_AFTER = 2.0                   # a stopped run still going this long after: os._exit(2)
EXIT_RUNNER = 2                    # cli.EXIT_RUNNER (not imported: cli imports this module lazily)


class RunnerError(Exception):
    """The run could not produce a trace; str() is `file:line: message`."""


def time_limit_from(text, where):
    """A time limit in seconds (0: none) from option or environment text; ToolError if bad."""
    try:
        value = float(text)
    except (TypeError, ValueError):
        value = -1.0
    if not math.isfinite(value) or value < 0:
        raise ToolError(f"{where}: wants a number of seconds >= 0 (0: no limit), not {text!r}")
    return value


def default_time_limit():
    """$LOOPSPEC_TIME_LIMIT when set, else DEFAULT_TIME_LIMIT."""
    text = os.environ.get(TIME_LIMIT_ENV, "").strip()
    if not text:
        return DEFAULT_TIME_LIMIT
    return time_limit_from(text, TIME_LIMIT_ENV)


class _Session:
    """The events of one run, and how `log` and the exception handler add to them."""

    def __init__(self, filename, code_filename, ir, virtual):
        self.filename = filename
        self.code_filename = code_filename
        self.virtual = virtual  # on the virtual clock (else the loop's own clock)
        self.log_lines = irmod.log_call_lines(ir)
        self.call_lines = irmod.call_lines(ir)
        self.events = []
        self.frozen = False
        self.error = None
        self.lock = threading.Lock()
        self.last_progress = time.monotonic()
        self.origins = {}  # id(loop) -> its time() when made: real-clock times start at 0
        self.private_dir = None  # unix_path's directory, once asked for

    # -- time --------------------------------------------------------------

    def now(self):
        loop = asyncio._get_running_loop()
        if loop is None:
            return None
        if self.virtual:
            return loop.time()
        return round(loop.time() - self.origins.get(id(loop), 0.0), 4)

    # -- recording ---------------------------------------------------------

    def add(self, event):
        with self.lock:
            # Nothing after a halt is the scenario's doing, but the run still
            # gets its `end` (finish), so a halt drops events without freezing.
            if self.frozen or (self.virtual and virtual_loop.halted() is not None):
                return
            self.events.append(event)
            self.last_progress = time.monotonic()

    def fail(self, line, message):
        where = f"{self.filename}:{line}" if line else self.filename
        if self.error is None:
            self.error = f"{where}: {message}"
        self.frozen = True
        if self.virtual:
            virtual_loop.set_halt(self.error)
        return Halt(self.error)

    def unix_path(self, name):
        """A path for a Unix socket: `name` in a directory private to this run
        (docs/outside-world.md#listening-built), made on first use and removed
        when the run ends."""
        if not isinstance(name, str) or not name or "/" in name or name in (".", ".."):
            raise ValueError(f"unix_path() takes a file name (no '/'), not {name!r}")
        if self.private_dir is None:
            self.private_dir = tempfile.mkdtemp(prefix="loopspec-")
        return os.path.join(self.private_dir, name)

    def remove_private_dir(self):
        if self.private_dir is not None:
            shutil.rmtree(self.private_dir, ignore_errors=True)
            self.private_dir = None

    def log(self, *values):
        if self.frozen or (self.virtual and virtual_loop.halted() is not None):
            return None
        frame = sys._getframe(1)
        line = None
        if frame.f_code.co_filename == self.code_filename:
            line = frame.f_lineno
            if self.virtual and line not in self.call_lines:
                raise self.fail(line, "internal: log called on a line with no call in the IR")
            if not self.virtual and line not in self.log_lines:
                line = None  # a C-level callback: the frame is whoever ran the loop
        try:
            values = [enc.encode(v) for v in values]
        except enc.EncodeError as e:
            raise self.fail(frame.f_lineno if frame.f_code.co_filename == self.code_filename
                            else None,
                            f"cannot log this value: {e}") from None
        self.add({"t": self.now(), "line": line, "log": values})
        return None

    def exception_hook(self, loop, context):
        exc = context.get("exception")
        message = str(context.get("message", ""))
        if exc is None or any(m in message for m in _GC_REPORTS) or self.frozen:
            return
        try:
            value = enc.encode(exc)
        except enc.EncodeError as e:
            self.fail(None, f"an unhandled exception cannot be encoded: {e}")
            return
        self.add({"t": self.now(), "unhandled": value})

    def finish(self, end):
        with self.lock:
            if not self.frozen:
                self.events.append(end)
                self.frozen = True


def header(scenario_id, loop):
    return {"scenario": scenario_id, "runtime": loop.version(), "loop": loop.header_name}


def run_scenario(path, loop="virtual", scenario_id=None, idle_timeout=5.0, on_blocked=None,
                 time_limit=None):
    """(header, events) of one run. Call once per process: task names count per process.

    `loop`: a loops.PythonLoop or its name. A loop on its own clock runs in
    real time; `idle_timeout` seconds without an event end it as blocked
    (on_blocked(header, events) is called, then the process exits).

    `time_limit`: seconds of wall time for a run on the virtual loop (None:
    default_time_limit(); 0: no limit). Applies only when called in the main
    thread (it uses SIGALRM).
    """
    path = Path(path)
    ir = compile_file(path, scenario_id)
    filename = str(path)
    need = ir["meta"]["python"]
    if metadata.version_tuple(need) > tuple(sys.version_info[:3]):
        print(f"{filename}: warning: the scenario needs CPython {need}, this is "
              f"{platform.python_version()}; its trace may differ from the golden",
              file=sys.stderr)
    source = path.read_text(encoding="utf-8")
    # The code is compiled under the name `<id>.py`, not the path: CPython puts the
    # file name into some messages (e.g. "Exception in callback f() at <file>:<line>")
    # and goldens must not depend on where the checkout lives.
    code_filename = ir["id"] + ".py"
    loop = loops.lookup(loop) if isinstance(loop, str) else loop
    session = _Session(filename, code_filename, ir, loop.clock == "virtual")
    head = header(ir["id"], loop)

    # After a halt, Runner.close() still creates these clean-up coroutines but can
    # no longer run them; their "never awaited" warnings are noise.
    warnings.filterwarnings("ignore", category=RuntimeWarning,
                            message=r"coroutine 'BaseEventLoop\.shutdown_")
    # 3.12+ warns when get_event_loop() makes the main thread's loop; warnings are
    # not part of the trace, so not even -W error may turn this one into an exception.
    warnings.filterwarnings("ignore", category=DeprecationWarning,
                            message=r"There is no current event loop")

    module = types.ModuleType("loopspec")
    module.log = session.log
    module.unix_path = session.unix_path
    sys.modules["loopspec"] = module

    if session.virtual:
        virtual_loop.reset()
    else:
        _start_watchdog(session, head, idle_timeout, on_blocked)
    loop_factory = _install_policy(loop, session)
    # A shell's background job inherits SIGINT ignored, and Runner.run
    # installs its own handler only over Python's default one: every run
    # starts from Python's default, whoever started the process.
    signal.signal(signal.SIGINT, signal.default_int_handler)

    namespace = {"__name__": "loopspec_scenario", "__file__": code_filename,
                 "__builtins__": builtins}
    watchdog = None
    world = contextlib.nullcontext()
    if session.virtual:
        limit = default_time_limit() if time_limit is None else time_limit
        watchdog = Watchdog(session, limit)
        watchdog.start()
        world = virtual_world.installed()
    # The cyclic collector stays off for the run: it would close a coroutine
    # left waiting in a cycle (a task nobody references any more) whenever an
    # allocation count says so, running its `finally` at a point no program
    # controls (docs/scenario-language.md#no-collector).
    collecting = gc.isenabled()
    gc.disable()
    try:
        with world:
            # The hook stays installed after the run: the session is frozen by then and
            # drops the garbage-collection reports made at interpreter exit.
            exec(compile(source, code_filename, "exec", dont_inherit=True), namespace)
            end = _run_entry(ir["entry"], namespace, loop_factory, session)
    except Halt:  # the watchdog stopped module-level code or the runner's own
        end = {"end": "blocked"}
    finally:
        if watchdog is not None:
            watchdog.stop()
        if collecting:
            gc.enable()
        session.remove_private_dir()
    if session.error:
        raise RunnerError(session.error)
    halt_reason = virtual_loop.halted()
    if halt_reason is not None and halt_reason != "blocked":
        raise RunnerError(f"{filename}: {halt_reason}")
    session.finish(end)
    return head, list(session.events)


def _run_entry(entry, namespace, loop_factory, session):
    """The `end` event of running the entry point (docs/scenario-language.md#entry-points).

    `def scenario()` starts with the policy untouched; afterwards the loop it
    left current is closed, as `def scenario(loop)`'s own loop is.
    """
    try:
        if entry == "main":
            with asyncio.Runner(loop_factory=loop_factory) as runner:
                value = runner.run(namespace["main"]())
        elif entry == "scenario_no_loop":
            try:
                value = namespace["scenario"]()
            finally:
                _close_if_idle(asyncio.get_event_loop_policy().current)
        else:
            loop = asyncio.new_event_loop()
            asyncio.set_event_loop(loop)
            try:
                value = namespace["scenario"](loop)
            finally:
                _close_if_idle(loop)
                asyncio.set_event_loop(None)
    except Halt:
        return {"end": "blocked"}
    except BaseException as e:  # the scenario's own exception: an `end: raised` trace
        if virtual_loop.halted() is not None:
            return {"end": "blocked"}
        try:
            return {"end": "raised", "exc": enc.encode(e)}
        except enc.EncodeError as err:
            raise session.fail(None, f"the entry point raised an exception that cannot be "
                                     f"encoded: {err}") from None
    if virtual_loop.halted() is not None:
        return {"end": "blocked"}
    try:
        return {"end": "returned", "value": enc.encode(value)}
    except enc.EncodeError as err:
        session.fail(None, f"the entry point returned a value that cannot be encoded: {err}")
        return {"end": "returned", "value": None}


def _close_if_idle(loop):
    if loop is not None and not loop.is_closed() and not loop.is_running():
        loop.close()


# -- runaway scenarios -------------------------------------------------------

class Watchdog:
    """Stops a virtual-loop run that passes the wall-clock limit or the iteration cap.

    The time limit is a SIGALRM timer (signal.setitimer), so a normal run pays
    nothing for it. When a limit is passed, the run fails with
    `file:line: message`, the line being the scenario's:

    - if the scenario's own code is running (the alarm interrupted it, e.g. in
      `while True: pass`), its current line; Halt is raised right there;
    - otherwise (the alarm or the iteration cap caught the loop or asyncio's
      code, e.g. `while True: await asyncio.sleep(0)`), the next line of the
      scenario that runs (for a coroutine resuming, the await it resumes at):
      a trace function, installed only now and only for the scenario's
      frames, raises Halt there. If no scenario line runs within TRAP_WAIT
      seconds (or virtual_loop.TRAP_ITERATIONS iterations), the run fails
      without a line.

    Halt is a BaseException the scenario could swallow (`except BaseException`,
    a bare `except:`): the alarm keeps firing every ALARM_INTERVAL seconds and
    raises it again, and KILL_AFTER seconds after the failure the process
    prints the error and exits with status 2.
    """

    def __init__(self, session, limit):
        self.session = session
        self.limit = limit
        self.code_filename = session.code_filename
        self.message = None      # why the run is being stopped
        self.since = None        # when it was decided (time.monotonic())
        self.armed = False       # the line trap is installed
        self.done = False
        self._old_handler = None
        self._timer = False

    # -- life cycle ------------------------------------------------------------

    def start(self):
        virtual_loop.set_runaway_hook(self.on_iteration_cap)
        if self.limit and threading.current_thread() is threading.main_thread():
            self._old_handler = signal.signal(signal.SIGALRM, self._on_alarm)
            signal.setitimer(signal.ITIMER_REAL, self.limit, ALARM_INTERVAL)
            self._timer = True

    def stop(self):
        self.done = True
        if self._timer:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._old_handler)
            self._timer = False
        self._disarm()
        virtual_loop.set_runaway_hook(None)

    # -- the limits ----------------------------------------------------------------

    def _on_alarm(self, signum, frame):
        if self.done:
            return
        now = time.monotonic()
        if self.session.error is not None:  # stopped, yet the scenario goes on
            if self.since is None:  # stopped for another reason (e.g. an unloggable value)
                self.since = now
            if now - self.since > KILL_AFTER:
                self._kill()
            raise Halt(self.session.error)
        if self.message is None:
            self._stuck(f"the scenario ran for more than {self.limit:g} s of wall time "
                        "(an endless loop?)", frame)
        elif now - self.since > TRAP_WAIT:
            self._fail(None)

    def on_iteration_cap(self, message):
        """virtual_loop's hook, called from select() once per iteration past the cap."""
        if self.message is None:
            self._stuck(message, sys._getframe(1))

    def _stuck(self, message, frame):
        """A limit was passed: halt at the scenario's current line, or at the next one."""
        self.message = message
        self.since = time.monotonic()
        if frame is not None and frame.f_code.co_filename == self.code_filename:
            self._fail(frame.f_lineno)
        self._arm(frame)

    def _fail(self, line):
        self._disarm()
        if self.session.error is None:
            self.since = time.monotonic()
        raise self.session.fail(line, self.message)

    def _kill(self):
        sys.stderr.write(f"{self.session.error} (the run did not stop when asked; "
                         "killed)\n")
        sys.stderr.flush()
        os._exit(EXIT_RUNNER)

    # -- the line trap ---------------------------------------------------------------

    def _arm(self, frame):
        self.armed = True
        while frame is not None:  # scenario frames already running (callers of the loop)
            if frame.f_code.co_filename == self.code_filename:
                frame.f_trace = self._trap
            frame = frame.f_back
        sys.settrace(self._trap)

    def _disarm(self):
        if self.armed:
            self.armed = False
            sys.settrace(None)

    def _trap(self, frame, event, arg):
        if not self.armed or frame.f_code.co_filename != self.code_filename:
            return None
        # A coroutine resuming (a "call" event not at its `def` line) is at the
        # await it was suspended in: the line to blame for a busy loop.
        if event == "line" or (event == "call"
                               and frame.f_lineno != frame.f_code.co_firstlineno):
            self._fail(frame.f_lineno)
        return self._trap


# -- the loop ----------------------------------------------------------------

def _install_policy(loop, session):
    """Every loop made during the run (Runner, new_event_loop) is `loop`'s kind: the factory."""

    making = []

    def make():
        made = loop.make_loop(session.exception_hook)
        session.origins[id(made)] = made.time()
        return made

    class Policy(asyncio.DefaultEventLoopPolicy):
        # The loop set last, for the end of `def scenario()`: get_event_loop()
        # would make one when none was ever set.
        current = None

        def set_event_loop(self, loop):
            super().set_event_loop(loop)
            self.current = loop

        def get_child_watcher(self):
            # The virtual loop's children are reported at fixed points
            # (docs/outside-world.md#children); a loop on its own clock keeps
            # CPython's watcher.
            if isinstance(asyncio.events._get_running_loop(), virtual_loop.VirtualLoop):
                return virtual_children.watcher()
            return super().get_child_watcher()

        def _loop_factory(self):
            # A user's factory may itself ask the policy (asyncio:new_event_loop):
            # inside it, the policy makes what it would without loopspec.
            if making:
                return asyncio.SelectorEventLoop()
            making.append(True)
            try:
                return make()
            finally:
                making.pop()

    asyncio.set_event_loop_policy(Policy())
    return make


def _start_watchdog(session, head, idle_timeout, on_blocked):
    """A loop on its own clock runs in real time: `idle_timeout` seconds without an event means blocked."""

    def watch():
        while True:
            time.sleep(0.05)
            with session.lock:
                if session.frozen:
                    return
                idle = time.monotonic() - session.last_progress
                if idle < idle_timeout:
                    continue
                session.events.append({"end": "blocked"})
                session.frozen = True
                events = list(session.events)
            if on_blocked is not None:
                on_blocked(head, events)
            os._exit(0)

    threading.Thread(target=watch, name="loopspec-watchdog", daemon=True).start()
