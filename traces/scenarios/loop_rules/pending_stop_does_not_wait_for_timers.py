"""With a stop() pending and only timers scheduled, the loop polls without waiting: the clock does not move.

stop() before running makes the iteration's select timeout 0 even when
nothing is ready: run_forever returns at once with the clock at 0.0 and the
0.1 timer not run, and run_until_complete on a future a timer would resolve
raises RuntimeError, also at 0.0. (With a ready callback the timeout would
be 0 anyway; here only the pending stop makes it 0.) A later run waits for
the timers as usual.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.stop
features: call_later, run_forever, run_until_complete, stop, futures, time
"""
import asyncio
from loopspec import log


def step(name, loop):
    log("run", name, loop.time())


def scenario(loop):
    loop.call_later(0.1, step, "timer", loop)
    loop.stop()
    loop.run_forever()
    log("run_forever returned", loop.time())
    fut = loop.create_future()
    loop.call_later(0.2, fut.set_result, "late")
    loop.stop()
    try:
        loop.run_until_complete(fut)
    except RuntimeError as e:
        log("run_until_complete", e, loop.time(), fut.done())
    loop.call_later(0.3, loop.stop)
    loop.run_forever()
    log("last run returned", loop.time(), fut.result())
