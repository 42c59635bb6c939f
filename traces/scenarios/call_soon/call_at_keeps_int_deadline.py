"""TimerHandle.when() returns the deadline exactly as call_at() was given it: call_at(1) gives the int 1.

CPython stores call_at's argument untouched (TimerHandle._when), so an int
deadline stays an int, while call_later(1) computes loop.time() + 1, a float
(1.0), and call_at(2.5) gives 2.5. An int deadline still orders against float
ones by value: call_at(1) scheduled before call_at(0.5) runs after it, and
the clock reads the float 1.0 when it runs. The call_later(1) timer is
cancelled at once, so no two live timers share a deadline.

The documentation says only that when() is an absolute time on loop.time()'s
clock; that the type is kept comes from the source (events.py, TimerHandle
and base_events.py, call_at).

spec: https://github.com/python/cpython/blob/3.11/Lib/asyncio/events.py
features: call_at, call_later, handles, time, run_forever, stop
"""
import asyncio
from loopspec import log


def step(name, loop):
    log("run", name, loop.time())


def scenario(loop):
    at_int = loop.call_at(1, step, "at 1", loop)
    at_float = loop.call_at(2.5, step, "at 2.5", loop)
    later = loop.call_later(1, step, "later 1", loop)
    log("when", at_int.when(), at_float.when(), later.when())
    later.cancel()
    loop.call_at(0.5, step, "at 0.5", loop)
    loop.call_at(3, loop.stop)
    loop.run_forever()
    log("stopped", loop.time(), at_int.when())
