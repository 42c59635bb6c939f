"""Errors in timer callbacks and future done callbacks are reported and the loop goes on.

Each failing callback produces one unhandled event at the time it ran; the
other callbacks, the future's second done callback and later timers still
run, and run_until_complete returns normally.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#error-handling-api
features: call_later, futures, exceptions, exception_handler, run_until_complete
"""
import asyncio
from loopspec import log


def timer_boom(loop):
    log("timer", loop.time())
    raise ZeroDivisionError("timer")


def done_boom(fut):
    log("done callback 1", fut.result())
    raise TypeError("done callback")


def done_ok(fut):
    log("done callback 2", fut.result())


def scenario(loop):
    fut = loop.create_future()
    fut.add_done_callback(done_boom)
    fut.add_done_callback(done_ok)
    loop.call_later(0.1, timer_boom, loop)
    loop.call_later(0.2, fut.set_result, "value")
    done = loop.create_future()
    loop.call_later(0.3, done.set_result, "finished")
    result = loop.run_until_complete(done)
    log("result", result, loop.time())
