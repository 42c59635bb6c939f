"""What a run on the virtual loop patches, and only for the run (docs/outside-world.md#threads).

- `time.sleep`: virtual_loop.virtual_sleep (blocks the loop's clock, or parks
  a virtual thread);
- `concurrent.futures.ThreadPoolExecutor`: the virtual executor, which is also
  what asyncio's default executor is made from;
- the `threading` that asyncio.base_events sees: its `Thread` (the one
  loop.shutdown_default_executor starts) is virtual;
- `concurrent.futures.Future.result` and `.exception` without a timeout,
  called on a virtual thread on a future not done: the thread parks until it
  is done, instead of blocking the real thread that holds the turn;
- the policy's child watcher (runner.py): the virtual one
  (virtual_children.py), whose children die with the run.
"""
import asyncio.base_events
import concurrent.futures
import concurrent.futures.thread
import contextlib
import threading
import time

from . import virtual_children
from . import virtual_loop
from . import virtual_threads
from .virtual_executor import VirtualExecutor

_Future = concurrent.futures.Future
_real_result = _Future.result
_real_exception = _Future.exception


def _park_until_done(future, timeout):
    thread = virtual_threads.current()
    if thread is not None and timeout is None and not future.done():
        thread.wait_done(future)


def _result(self, timeout=None):
    _park_until_done(self, timeout)
    return _real_result(self, timeout)


def _exception(self, timeout=None):
    _park_until_done(self, timeout)
    return _real_exception(self, timeout)


@contextlib.contextmanager
def installed():
    """A fresh world, and the patches above while the block runs."""
    virtual_threads.reset()
    virtual_children.reset()
    time.sleep = virtual_loop.virtual_sleep
    concurrent.futures.ThreadPoolExecutor = VirtualExecutor
    _Future.result, _Future.exception = _result, _exception
    asyncio.base_events.threading = virtual_threads.ThreadingForAsyncio()
    try:
        yield
    finally:
        virtual_children.reset()
        asyncio.base_events.threading = threading
        _Future.result, _Future.exception = _real_result, _real_exception
        concurrent.futures.ThreadPoolExecutor = concurrent.futures.thread.ThreadPoolExecutor
        time.sleep = virtual_loop.real_sleep
