"""A job stops run_forever with call_soon_threadsafe(loop.stop).

The job sleeps 2 s, then queues loop.stop from its thread. The loop runs
the stop at the job's wake time and run_forever returns; the timer due
at 5 never runs in that run.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_soon_threadsafe
features: threads, call_soon_threadsafe, run_forever, stop, call_later, time
"""
import asyncio
import time
from loopspec import log


def job(loop):
    time.sleep(2)
    log("job stops the loop")
    loop.call_soon_threadsafe(loop.stop)


def late(loop):
    log("late timer at", loop.time())


def scenario(loop):
    loop.run_in_executor(None, job, loop)
    loop.call_later(5, late, loop)
    loop.run_forever()
    log("run_forever returned at", loop.time())
