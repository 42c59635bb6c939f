"""A timer cancelled by an earlier timer of the same iteration does not run.

Both timers are already due, so they join the same batch in deadline order;
the first cancels the second, which is then skipped although it was already
moved to the ready queue.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.TimerHandle
features: call_later, handles
"""
import asyncio
from loopspec import log


def step(name):
    log("run", name)


def cancel_other(handles):
    log("run", "canceller")
    handles["other"].cancel()


def scenario(loop):
    handles = {}
    loop.call_later(-2, cancel_other, handles)
    handles["other"] = loop.call_later(-1, step, "other")
    loop.call_later(0, step, "last")
    loop.call_later(0.1, loop.stop)
    loop.run_forever()
    log("other cancelled?", handles["other"].cancelled())
