"""A timer scheduled for the deadline that just fell due runs after every timer of the current tie.

"a" and "b" are due at t=0.5 and may run in either order. Whichever runs
first schedules "late" with call_at for that same deadline. The deadline has
passed, but "late" was not in the heap when the loop collected the due
timers, so it runs in the next iteration: after both "a" and "b", and after
the call_soon that the first of them queued.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_at
features: call_at, call_soon, run_forever, stop
order: timer-ties
"""
import asyncio
from loopspec import log


def fire(name, loop, deadline, state):
    log(name, loop.time())
    if not state:
        state.append(name)
        loop.call_at(deadline, log, "late, scheduled by " + name)
        loop.call_soon(log, "soon, queued by " + name)


def scenario(loop):
    state = []
    deadline = loop.time() + 0.5
    loop.call_at(deadline, fire, "a", loop, deadline, state)
    loop.call_at(deadline, fire, "b", loop, deadline, state)
    loop.call_at(deadline + 0.5, loop.stop)
    loop.run_forever()
    log("first was", state)
