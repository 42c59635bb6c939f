"""close() called from a task while run_until_complete() runs raises RuntimeError; the task and the loop go on.

The error reaches the task's coroutine, which catches it; the loop is not
closed, keeps running the task (its sleep completes on the clock), and
run_until_complete returns its result. Once the loop has stopped, close()
works.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.close
features: close, run_until_complete, tasks, sleep, time
"""
import asyncio
from loopspec import log


async def worker(loop):
    try:
        loop.close()
        log("closed inside?")
    except RuntimeError as e:
        log("close in task", e)
    await asyncio.sleep(0.1)
    log("task goes on", loop.time(), loop.is_running(), loop.is_closed())
    return "done"


def scenario(loop):
    result = loop.run_until_complete(worker(loop))
    log("result", result, loop.is_running(), loop.is_closed())
    loop.close()
    log("closed after the run", loop.is_closed())
