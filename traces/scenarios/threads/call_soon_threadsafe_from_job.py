"""A job's call_soon_threadsafe queues its callback behind what is ready when the job runs.

The job runs in the select at the start of the next iteration, while a
call_soon chain is under way; its callback joins the ready queue behind
the chain's link for that iteration, so both run in the same iteration.
The self-pipe byte it writes makes the select report the pipe readable,
so the loop does not wait (docs/outside-world.md#select).

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_soon_threadsafe
features: threads, call_soon, call_soon_threadsafe, run_forever, stop
"""
import asyncio
from loopspec import log


def chain(loop, n):
    log("chain", n)
    if n < 4:
        loop.call_soon(chain, loop, n + 1)


def from_job(loop):
    log("callback from the job")


def job(loop):
    log("job calls call_soon_threadsafe")
    loop.call_soon_threadsafe(from_job, loop)


def start(loop):
    loop.run_in_executor(None, job, loop)
    loop.call_soon(chain, loop, 1)


def scenario(loop):
    loop.call_soon(start, loop)
    loop.call_later(1, loop.stop)
    loop.run_forever()
    log("stopped at", loop.time())
