"""loop.create_task on a closed loop raises RuntimeError and leaves the coroutine unstarted.

The closed check comes before the task is made, so the coroutine object can
still be run elsewhere, here by asyncio.run on a new loop.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.create_task
features: tasks, close, asyncio_run, sleep
"""
import asyncio
from loopspec import log


async def work():
    await asyncio.sleep(0.1)
    log("work ran", asyncio.get_running_loop().time())
    return "result"


def scenario(loop):
    loop.close()
    coro = work()
    try:
        loop.create_task(coro)
    except RuntimeError as e:
        log("create_task", e)
    log("run elsewhere", asyncio.run(coro))
