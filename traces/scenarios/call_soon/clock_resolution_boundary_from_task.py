"""A timer exactly one clock resolution (1e-09) ahead is not yet due; one half a resolution ahead is.

The loop takes a timer as due when `when < now + 1e-09`, a strict
comparison. Here the timers are set with call_at from a task, at a clock of
1.0 rather than 0: the deadline now + 5e-10 runs in the very next iteration
with the clock unmoved (main's sleep(0) wakeup keeps the select timeout at 0,
and it runs first, having been queued first). The deadline now + 1e-09 equals
the due bound and must wait: the loop then sleeps until it, and it runs with
the clock at its deadline.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_at
features: call_at, handles, time, sleep, tasks
"""
import asyncio
from loopspec import log


def step(name, loop):
    log("run", name, loop.time())


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(1)
    now = loop.time()
    boundary = loop.call_at(now + 1e-09, step, "at now + 1e-09", loop)
    inside = loop.call_at(now + 5e-10, step, "at now + 5e-10", loop)
    log("now", now, "deadlines", inside.when(), boundary.when())
    await asyncio.sleep(0)
    log("after sleep(0)", loop.time())
    await asyncio.sleep(0.1)
    log("end", loop.time())
