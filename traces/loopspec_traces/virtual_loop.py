"""The virtual clock (docs/scenario-language.md#virtual-clock) on CPython's selector event loop.

CPython's `_run_once` computes how long it may block and calls
`selector.select(timeout)`. The virtual selector never waits
(docs/outside-world.md#select): it gives the runnable virtual threads their
turns (virtual_threads.py), polls without waiting, and when nothing came of
either it wakes the earliest sleeping thread due by `now + timeout`, moving
the clock to its wake time, or else advances the clock by exactly `timeout`
(`now = now + timeout`, one float addition). `timeout is None` with no
sleeper means the loop would wait for ever: the run halts as *blocked*.

Once a run has halted, every later attempt to run any virtual loop halts again
at once, so clean-up code (Runner closing, finally blocks) cannot continue the
scenario after its trace has ended.
"""
import asyncio
import errno
import os
import selectors
import socket
import struct
import time
import weakref

from . import virtual_children
from . import virtual_threads

CLOCK_RESOLUTION = 1e-09
MAX_ITERATIONS = 2_000_000
# Past MAX_ITERATIONS the run goes on for at most this many iterations while
# the runner's hook looks for the scenario line that keeps the loop busy.
TRAP_ITERATIONS = 100_000


class Halt(BaseException):
    """The run stopped: `reason` is "blocked" or a runner error message."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


class _HaltState:
    reason = None
    iterations = 0
    # Called as runaway_hook(message) once per iteration past MAX_ITERATIONS
    # (runner.Watchdog: it halts at the next scenario line, to name it); None
    # halts at once.
    runaway_hook = None


_halt = _HaltState()


def halted():
    """The reason the run halted, or None."""
    return _halt.reason


def set_halt(reason):
    """Halt the run without raising here (the first reason wins)."""
    if _halt.reason is None:
        _halt.reason = reason


def halt(reason):
    set_halt(reason)
    raise Halt(_halt.reason)


def reset():
    """Forget a previous halt (for running several scenarios in one process, e.g. tests)."""
    _halt.reason = None
    _halt.iterations = 0
    _halt.runaway_hook = None


def set_runaway_hook(hook):
    """See _HaltState.runaway_hook."""
    _halt.runaway_hook = hook


OUTSIDE_PATIENCE = 30.0  # seconds of real time (docs/outside-world.md#select, step 3)
_TCP_STATE_SYN_SENT, _TCP_STATE_SYN_RECV, _TCP_STATE_LISTEN = 2, 3, 10
_TCP_INFO = struct.Struct("8B5I")  # struct tcp_info up to tcpi_unacked


def _in_flight(fd):
    """Whether the kernel may still be working for `fd` on loopback: a TCP
    socket whose handshake is under way, or with bytes sent that its peer has
    not yet acknowledged (a peer whose buffer is full acknowledges nothing, so
    a blocked writer is not in flight)."""
    copy = os.dup(fd)
    try:
        probe = socket.socket(fileno=copy)
    except OSError:  # not a socket: the loop's self-pipe, a pipe
        os.close(copy)
        return False
    with probe:
        try:
            if probe.getsockopt(socket.SOL_SOCKET, socket.SO_PROTOCOL) != socket.IPPROTO_TCP:
                return False
            info = _TCP_INFO.unpack(probe.getsockopt(socket.IPPROTO_TCP, socket.TCP_INFO, _TCP_INFO.size))
        except OSError:
            return False
    state, unacked = info[0], info[-1]
    if state in (_TCP_STATE_SYN_SENT, _TCP_STATE_SYN_RECV):
        return True
    return state != _TCP_STATE_LISTEN and unacked > 0


class VirtualSelector(selectors.SelectSelector):
    """Keeps the registrations CPython makes (the self-pipe, readers and writers)
    but never waits: the virtual threads run inside select() and the clock jumps
    instead. Its poll reports descriptors in registration order."""

    def __init__(self, loop):
        super().__init__()
        self._loop_ref = weakref.ref(loop)
        # fd -> its registration number: the canonical order of step 2
        # (docs/outside-world.md#select). Descriptor numbers are reused once
        # closed, so "first registered" means since the last unregister().
        self._registered_as = {}
        self._registrations = 0

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        self._registrations += 1
        self._registered_as[key.fd] = self._registrations
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        del self._registered_as[key.fd]
        return key

    def modify(self, fileobj, events, data=None):
        # CPython's modify() may unregister and register again; the descriptor
        # keeps its place all the same.
        number = self._registered_as.get(self._fileobj_lookup(fileobj))
        key = super().modify(fileobj, events, data)
        self._registered_as[key.fd] = number
        return key

    def select(self, timeout=None):
        """The three steps of docs/outside-world.md#select."""
        if _halt.reason is not None:
            raise Halt(_halt.reason)
        loop = self._loop_ref()
        world = virtual_threads.world()
        deadline = None if timeout is None else loop._virtual_now + timeout
        while True:
            # Each pass counts: a job sleeping in a loop of its own runs away too.
            self._count_iteration()
            events = self._run_threads_and_poll(loop, world)
            # What a thread queued, or what is readable (the self-pipe after a
            # signal or call_soon_threadsafe), is handled at once: the clock
            # stands still.
            if events or loop._ready:
                return events
            if self._wait_for_the_outside(loop):
                continue
            wake = world.wake_due(deadline)
            if wake is None:
                break
            # A wake time the clock has passed already (the loop's thread
            # slept meanwhile) wakes the thread where the clock stands: it
            # never goes back (docs/outside-world.md#threads-built).
            loop._virtual_now = max(loop._virtual_now, wake)
        if deadline is None:
            halt("blocked")
        loop._virtual_now = deadline
        return []

    def _run_threads_and_poll(self, loop, world):
        """Steps 1 and 2: every runnable virtual thread in turn, then a poll without waiting."""
        world.loop = loop
        try:
            while world.run_next():
                if _halt.reason is not None:
                    raise Halt(_halt.reason)
        finally:
            world.loop = None
        return self._poll()

    def _poll(self):
        """Step 2: one (key, mask) per ready descriptor, in registration order,
        polled once the run's child processes are quiescent."""
        virtual_children.watcher().settle(halt)
        try:
            events = super().select(0)
        except OSError as e:
            if e.errno != errno.EBADF:
                raise
            # SelectSelector fails where Linux's epoll would silently forget the
            # descriptor; no golden may depend on either.
            halt("a socket was closed while the loop still watched it "
                 "(call remove_reader/remove_writer before close)")
        return sorted(events, key=lambda event: self._registered_as[event[0].fd])

    def _wait_for_the_outside(self, loop):
        """Step 3's real-time wait, the clock standing still: while a child of
        the loop is unreported (docs/outside-world.md#children), report it
        once it can be, else wait for a descriptor; likewise while the kernel
        may still have loopback work in flight for a registered TCP socket
        (docs/outside-world.md#loopback-in-flight). Whether to poll again; a
        halt after OUTSIDE_PATIENCE seconds."""
        give_up = time.monotonic() + OUTSIDE_PATIENCE
        fds = list(self._registered_as)
        children = virtual_children.watcher()
        while children.watching(loop) or any(_in_flight(fd) for fd in fds):
            if children.report(loop, self) or selectors.SelectSelector.select(self, 0.001):
                return True
            if time.monotonic() > give_up:
                what = "a child process" if children.watching(loop) else "loopback work"
                halt(f"the loop waited {OUTSIDE_PATIENCE:g} s of real time for {what} "
                     "and nothing happened")
        return False

    def _count_iteration(self):
        _halt.iterations += 1
        if _halt.iterations > MAX_ITERATIONS:
            message = (f"the scenario did not finish within {MAX_ITERATIONS} loop iterations "
                       "(an endless loop?)")
            hook = _halt.runaway_hook
            if hook is None or _halt.iterations > MAX_ITERATIONS + TRAP_ITERATIONS:
                halt(message)
            hook(message)


class VirtualLoop(asyncio.SelectorEventLoop):
    """A selector event loop whose clock starts at 0.0 and moves only when it would block."""

    # Called as exception_hook(loop, context) for every context that reaches
    # default_exception_handler; None keeps CPython's behaviour (logging).
    exception_hook = None

    def __init__(self):
        self._virtual_now = 0.0
        super().__init__(VirtualSelector(self))
        self._clock_resolution = CLOCK_RESOLUTION

    def time(self):
        return self._virtual_now

    def default_exception_handler(self, context):
        hook = VirtualLoop.exception_hook
        if hook is None:
            return super().default_exception_handler(context)
        return hook(self, context)


real_sleep = time.sleep


def virtual_sleep(secs):
    """time.sleep on the virtual clock (docs/outside-world.md#threads). On a
    virtual thread it parks the thread until `now + secs`; on the loop's thread
    the running loop's clock moves by `secs` and nothing else runs meanwhile;
    with no loop running, no clock moves."""
    if isinstance(secs, (int, float)) and secs < 0:
        raise ValueError("sleep length must be non-negative")
    real_sleep(0 if isinstance(secs, (int, float)) else secs)  # CPython's own TypeError
    thread = virtual_threads.current()
    if thread is not None:
        thread.sleep(secs)
        return
    loop = asyncio.events._get_running_loop()
    if isinstance(loop, VirtualLoop):
        loop._virtual_now = loop._virtual_now + secs
