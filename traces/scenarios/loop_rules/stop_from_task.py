"""loop.stop() called by a task ends run_forever after the current iteration; the task resumes on the next run.

The task's sleep(0) wakeup is queued for the next iteration, so it is still
pending when run_forever returns; the next run_until_complete picks it up.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.stop
features: stop, run_forever, run_until_complete, tasks, sleep
"""
import asyncio
from loopspec import log


async def worker(loop):
    log("worker stops the loop")
    loop.stop()
    await asyncio.sleep(0)
    log("worker resumed")
    return "worker done"


def scenario(loop):
    task = loop.create_task(worker(loop), name="worker")
    loop.run_forever()
    log("run_forever returned", task.done())
    result = loop.run_until_complete(task)
    log("result", result)
