"""The virtual world's threads (docs/outside-world.md#threads) for the CPython runner.

A virtual thread runs its code on a real daemon thread, but only while it
holds the *turn*: the loop's thread hands the turn to one runnable thread at
a time, from inside `VirtualSelector.select` (step 1 of
docs/outside-world.md#select), and waits until that thread finishes or parks.
So at most one thread of the run executes Python code at any moment, and the
order of everything the threads do is the schedule's, not the kernel's.

The schedule's state is one `World` per run: the FIFO queue of runnable
threads and the sleepers ordered by (wake time, order they went to sleep).
"""
import collections
import heapq
import itertools
import threading

from . import virtual_loop


class World:
    """The runnable queue and the sleepers of one run."""

    def __init__(self):
        self.runnable = collections.deque()
        self.sleepers = []                   # heap of (wake time, sleep order, thread)
        self.sleep_order = itertools.count()
        # Released by a virtual thread when it gives the turn back.
        self.turn_back = threading.Semaphore(0)
        self.loop = None                     # the loop whose select() hands out turns
        self.local = threading.local()       # .thread: the VirtualThread a real thread runs

    def run_next(self):
        """Step 1, one thread: give the turn to the front runnable thread; False if none."""
        if not self.runnable:
            return False
        self.runnable.popleft().take_turn()
        return True

    def wake_due(self, deadline):
        """Step 3: the earliest wake time if it is <= deadline (None: no deadline), its
        sleepers made runnable in sleep order; None when no sleeper wakes by then."""
        if not self.sleepers or (deadline is not None and self.sleepers[0][0] > deadline):
            return None
        wake = self.sleepers[0][0]
        while self.sleepers and self.sleepers[0][0] == wake:
            self.runnable.append(heapq.heappop(self.sleepers)[2])
        return wake


_world = World()


def reset():
    """A fresh world for a new run. Threads of the old one still parked stay parked
    for ever (their real threads are daemons): they never run or log again."""
    global _world
    _world = World()


def world():
    return _world


def current():
    """The VirtualThread running this code, or None on a real thread (the loop's)."""
    return getattr(_world.local, "thread", None)


class VirtualThread:
    """A thread of the virtual world; also what `threading.Thread` is to asyncio's
    base_events during a run (the thread of loop.shutdown_default_executor)."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        self._world = _world
        self._target = target
        self._args = args
        self._kwargs = kwargs or {}
        self.name = name
        self.daemon = daemon
        self._turn = threading.Semaphore(0)
        self._real = None
        self._started = False
        self._finished = False

    def start(self):
        """Runnable now; it first runs at the next step 1."""
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        self.make_runnable()

    def is_alive(self):
        return self._started and not self._finished

    def join(self, timeout=None):
        # Nothing but a turn in select() can let a virtual thread go on, so
        # waiting for one from outside would wait for ever.
        if self.is_alive():
            virtual_loop.halt("join() of a virtual thread that has not finished would wait "
                              "for ever: its turns come only from the loop's select()")

    def make_runnable(self):
        self._world.runnable.append(self)

    # -- the turn ------------------------------------------------------------

    def take_turn(self):
        """On the loop's thread: run this thread until it finishes or parks."""
        if self._real is None:
            self._real = threading.Thread(target=self._main, daemon=True,
                                          name="loopspec-virtual-thread")
            self._real.start()
        else:
            self._turn.release()
        self._world.turn_back.acquire()

    def _main(self):
        self._world.local.thread = self
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            self._finished = True
            self._world.turn_back.release()

    def park(self):
        """On this thread: give the turn back; return when make_runnable() was called and
        the loop's select() hands the turn over again."""
        self._world.turn_back.release()
        self._turn.acquire()

    # -- what parks ----------------------------------------------------------

    def sleep(self, secs):
        """time.sleep on a virtual thread: wakes at `now + secs` on the selecting loop's clock."""
        wake = self._world.loop._virtual_now + secs
        heapq.heappush(self._world.sleepers, (wake, next(self._world.sleep_order), self))
        self.park()

    def wait_done(self, future):
        """Park until the concurrent future is done: runnable in its done callback, in
        whichever thread completes it."""
        future.add_done_callback(lambda _: self.make_runnable())
        self.park()


class ThreadingForAsyncio:
    """The `threading` that asyncio.base_events sees during a run: `Thread` is virtual,
    everything else is the real module's."""

    Thread = VirtualThread

    def __getattr__(self, name):
        return getattr(threading, name)
