"""The virtual child watcher (docs/outside-world.md#children) for the CPython runner.

A child process runs in real time, and CPython's own watchers report its exit
from a thread or a signal handler whenever the kernel says so: between any
two iterations of the loop. On the virtual loop the exit is reported at a
fixed point instead, so one golden holds for every run:

  at a `select` where nothing is ready and the poll found nothing (step 3 of
  docs/outside-world.md#select), once the child has exited and none of the
  pipes the loop reads from it is still reading (each reached end of file,
  was closed, or is paused).

Until then the loop waits for the child in real time and the virtual clock
stands still. The exit goes through the loop's own watcher callback
(`_child_watcher_callback`), so what CPython does with it is CPython's.

What a poll finds must not depend on where a child happened to be either
(between its write and its exit, say): before each poll the children run
to quiescence, as the virtual threads do in step 1. The loop waits until
every process descended from the run is asleep (blocked in a read, a
write, a wait or a sleep), stopped, or a zombie. The run's process is a
child subreaper, so a shell's background job that outlives the shell is
still the run's descendant, and its zombie is reaped here.

Exits are seen with waitid(WNOWAIT) at each poll, which leaves the child a
zombie until the report reaps it: Popen.poll() (which send_signal calls)
may reap an unreported child itself, and the status seen first is the one
reported.
"""
import asyncio
import ctypes
import os
import selectors
import signal
import time

PATIENCE = 30.0  # seconds of real time a child may keep running without blocking
_PR_SET_CHILD_SUBREAPER = 36
# /proc/<pid>/stat states of a process that waits for something outside it.
_QUIESCENT_OR_GONE = frozenset("SZTtXxI") | {None}


class _Child:
    __slots__ = ("pid", "loop", "callback", "args", "returncode")

    def __init__(self, pid, loop, callback, args):
        self.pid, self.loop, self.callback, self.args = pid, loop, callback, args
        self.returncode = None

    def poll(self):
        """Whether the child has exited; its returncode once seen (the shell's convention: -signal)."""
        if self.returncode is None:
            try:
                info = os.waitid(os.P_PID, self.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT)
            except ChildProcessError:
                # Popen.poll() reaped it before a poll here saw it exit: the
                # status is lost, and CPython's watchers report 255 then.
                self.returncode = 255
                return True
            if info is not None:
                exited = info.si_code == os.CLD_EXITED
                self.returncode = info.si_status if exited else -info.si_status
        return self.returncode is not None

    def reading(self, selector):
        """Whether `selector` still watches one of the child's output pipes
        for reading: a pipe that reached end of file, was closed or paused
        is no longer registered (asyncio 3.11.2's pipes have no is_reading())."""
        transport = self.args[0] if self.args else None
        watched = selector.get_map()
        for fd in (1, 2):
            try:
                fileno = transport.get_pipe_transport(fd).get_extra_info("pipe").fileno()
            except (AttributeError, ValueError):  # no such pipe, not connected yet, or closed
                continue
            key = watched.get(fileno)
            if key is not None and key.events & selectors.EVENT_READ:
                return True
        return False

    def reap(self):
        _reap(self.pid)


def _reap(pid):
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass


def _children_of(pid):
    """The processes `pid`'s threads forked or (as a subreaper) adopted."""
    found = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for tid in tasks:
        try:
            with open(f"/proc/{pid}/task/{tid}/children") as f:
                found.extend(int(c) for c in f.read().split())
        except OSError:
            pass
    return found


def _state(pid):
    """The one-letter state of /proc/<pid>/stat; None when the process is gone."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rpartition(")")[2].split()[0]
    except (OSError, IndexError):
        return None


def _descendants():
    """Every process descended from this one, each listed after its own descendants."""
    order = []

    def visit(pid):
        for child in _children_of(pid):
            visit(child)
            order.append(child)

    visit(os.getpid())
    return order


def _quiescent(descendants):
    # Descendants first: a parent woken by a child's exit shows as running
    # by the time the child shows as a zombie.
    return all(_state(pid) in _QUIESCENT_OR_GONE for pid in descendants)


class VirtualChildWatcher:
    """The watcher the runner's policy hands the virtual loop's subprocess
    transports: the methods of asyncio's AbstractChildWatcher, which is not
    its base since deriving from it is deprecated from 3.12 on."""

    def __init__(self):
        self._children = {}  # pid -> _Child, in the order they were added
        self._spawned = False  # whether the run began to start a child, and so became a subreaper

    def _become_subreaper(self):
        # Before the spawn: a shell that exits before its handler is added
        # would leave its background jobs to init, outside the run.
        if not self._spawned:
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
            self._spawned = True

    def add_child_handler(self, pid, callback, *args):
        self._become_subreaper()
        loop = asyncio.events._get_running_loop()
        self._children[pid] = _Child(pid, loop, callback, args)

    def remove_child_handler(self, pid):
        return self._children.pop(pid, None) is not None

    def attach_loop(self, loop):
        pass

    def close(self):
        pass

    def is_active(self):
        return True

    def __enter__(self):
        """asyncio enters the watcher before it spawns the child (3.11 to 3.13)."""
        self._become_subreaper()
        return self

    def __exit__(self, a, b, c):
        pass

    def watching(self, loop):
        """Whether a child of `loop` has not been reported yet."""
        return any(child.loop is loop for child in self._children.values())

    def settle(self, halt):
        """Before a poll: wait until the run's processes are quiescent, and
        reap the zombies of adopted ones; halt(message) after PATIENCE seconds."""
        if not self._spawned:
            return
        give_up = time.monotonic() + PATIENCE
        while True:
            descendants = _descendants()
            if _quiescent(descendants):
                break
            if time.monotonic() > give_up:
                halt(f"a child process kept running for {PATIENCE:g} s without waiting for anything")
            os.sched_yield()
        for child in self._children.values():
            child.poll()  # a status seen now survives a later Popen.poll()
        for pid in descendants:
            if pid not in self._children and _state(pid) == "Z":
                _reap(pid)

    def report(self, loop, selector):
        """Step 3: report the first child of `loop` (whose selector is
        `selector`) that has exited and is no longer read from (reaped now);
        whether one was."""
        for child in self._children.values():
            if child.loop is loop and child.poll() and not child.reading(selector):
                del self._children[child.pid]
                child.reap()
                child.callback(child.pid, child.returncode, *child.args)
                return True
        return False

    def kill_all(self):
        """The end of a run: every process descended from it is killed and
        reaped (orphans of killed ones come to this subreaper in turn)."""
        self._children.clear()
        if not self._spawned:
            return
        while descendants := _descendants():
            for pid in descendants:
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            for pid in _children_of(os.getpid()):
                _reap(pid)


_watcher = VirtualChildWatcher()


def watcher():
    """The watcher of the current run."""
    return _watcher


def reset():
    """A fresh watcher for a new run; the children of the old one are killed and reaped."""
    global _watcher
    _watcher.kill_all()
    _watcher = VirtualChildWatcher()
