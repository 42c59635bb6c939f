"""loop.create_task queues the task's first step with call_soon, in FIFO order with callbacks.

The coroutine does not start inside create_task: it starts when its turn in
the ready queue comes, between the callbacks queued around it. A name given to
loop.create_task is used as is and takes no Task-N number.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.create_task
features: tasks, call_soon, run_until_complete
"""
import asyncio
from loopspec import log


async def work(label):
    log("task starts", label, asyncio.current_task())
    return label


def scenario(loop):
    loop.call_soon(log, "callback 1")
    named = loop.create_task(work("named"), name="worker")
    loop.call_soon(log, "callback 2")
    plain = loop.create_task(work("plain"))
    log("created", named, plain, named.done())
    result = loop.run_until_complete(plain)
    log("results", named.result(), result)
