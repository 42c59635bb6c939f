"""Run one scenario under CPython and record its trace (contract sections 2 and 7).

`run_scenario` executes the file as written, with a `loopspec` module providing
`log`, every loop made during the run virtual (or uvloop), and returns the
header and the event list. Problems of the scenario that show only at run time
(logging a value with no encoding, an endless loop) raise RunnerError with the
file and line.
"""
import asyncio
import builtins
import os
import platform
import sys
import threading
import time
import types
import warnings
from pathlib import Path

from . import encode as enc
from . import ir as irmod
from . import metadata
from . import virtual_loop
from .compiler import compile_file
from .virtual_loop import Halt

_GC_REPORTS = ("exception was never retrieved", "was destroyed but it is pending")


class RunnerError(Exception):
    """The run could not produce a trace; str() is `file:line: message`."""


class _Session:
    """The events of one run, and how `log` and the exception handler add to them."""

    def __init__(self, filename, code_filename, ir, kind):
        self.filename = filename
        self.code_filename = code_filename
        self.kind = kind
        self.log_lines = irmod.log_call_lines(ir)
        self.call_lines = irmod.call_lines(ir)
        self.events = []
        self.frozen = False
        self.error = None
        self.lock = threading.Lock()
        self.last_progress = time.monotonic()

    # -- time --------------------------------------------------------------

    def now(self):
        loop = asyncio._get_running_loop()
        if loop is None:
            return None
        if self.kind == "uvloop":
            origin = getattr(loop, "_loopspec_origin", 0.0)
            return round(loop.time() - origin, 4)
        return loop.time()

    # -- recording ---------------------------------------------------------

    def add(self, event):
        with self.lock:
            if self.kind == "virtual" and virtual_loop.halted() is not None:
                self.frozen = True
            if not self.frozen:
                self.events.append(event)
                self.last_progress = time.monotonic()

    def fail(self, line, message):
        where = f"{self.filename}:{line}" if line else self.filename
        if self.error is None:
            self.error = f"{where}: {message}"
        self.frozen = True
        if self.kind == "virtual":
            virtual_loop.set_halt(self.error)
        return Halt(self.error)

    def log(self, *values):
        if self.frozen or (self.kind == "virtual" and virtual_loop.halted() is not None):
            return None
        frame = sys._getframe(1)
        line = None
        if frame.f_code.co_filename == self.code_filename:
            line = frame.f_lineno
            if self.kind == "virtual" and line not in self.call_lines:
                raise self.fail(line, "internal: log called on a line with no call in the IR")
            if self.kind == "uvloop" and line not in self.log_lines:
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


def header(scenario_id, kind):
    runtime = f"CPython {platform.python_version()}"
    if kind == "uvloop":
        import uvloop
        runtime += f", uvloop {uvloop.__version__}"
    return {"scenario": scenario_id, "runtime": runtime, "loop": kind}


def run_scenario(path, kind="virtual", scenario_id=None, idle_timeout=5.0, on_blocked=None):
    """(header, events) of one run. Call once per process: task names count per process."""
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
    session = _Session(filename, code_filename, ir, kind)
    head = header(ir["id"], kind)

    # After a halt, Runner.close() still creates these clean-up coroutines but can
    # no longer run them; their "never awaited" warnings are noise.
    warnings.filterwarnings("ignore", category=RuntimeWarning,
                            message=r"coroutine 'BaseEventLoop\.shutdown_")

    module = types.ModuleType("loopspec")
    module.log = session.log
    sys.modules["loopspec"] = module

    if kind == "virtual":
        virtual_loop.reset()
        loop_factory = virtual_loop.VirtualLoop
        virtual_loop.VirtualLoop.exception_hook = session.exception_hook
        asyncio.set_event_loop_policy(virtual_loop.VirtualPolicy())
    else:
        loop_factory = _uvloop_setup(session)
        _start_watchdog(session, head, idle_timeout, on_blocked)

    namespace = {"__name__": "loopspec_scenario", "__file__": code_filename,
                 "__builtins__": builtins}
    # The hook stays installed after the run: the session is frozen by then and
    # drops the garbage-collection reports made at interpreter exit.
    exec(compile(source, code_filename, "exec", dont_inherit=True), namespace)
    end = _run_entry(ir["entry"], namespace, loop_factory, session)
    if session.error:
        raise RunnerError(session.error)
    halt_reason = virtual_loop.halted()
    if halt_reason is not None and halt_reason != "blocked":
        raise RunnerError(f"{filename}: {halt_reason}")
    session.finish(end)
    return head, list(session.events)


def _run_entry(entry, namespace, loop_factory, session):
    """The `end` event of running the entry point."""
    try:
        if entry == "main":
            with asyncio.Runner(loop_factory=loop_factory) as runner:
                value = runner.run(namespace["main"]())
        else:
            loop = asyncio.new_event_loop()
            asyncio.set_event_loop(loop)
            try:
                value = namespace["scenario"](loop)
            finally:
                if not loop.is_closed() and not loop.is_running():
                    loop.close()
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


# -- uvloop ----------------------------------------------------------------

def _uvloop_setup(session):
    import uvloop

    class TracedLoop(uvloop.Loop):
        def __init__(self):
            super().__init__()
            self._loopspec_origin = self.time()

        def default_exception_handler(self, context):
            session.exception_hook(self, context)

    class Policy(uvloop.EventLoopPolicy):
        def _loop_factory(self):
            return TracedLoop()

    asyncio.set_event_loop_policy(Policy())
    return TracedLoop


def _start_watchdog(session, head, idle_timeout, on_blocked):
    """uvloop runs in real time: `idle_timeout` seconds without an event means blocked."""

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
