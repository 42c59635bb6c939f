"""wait(return_when=FIRST_COMPLETED) returns as soon as one task is done; the others are left running.

The done set holds the task that finished at 0.1; the pending ones are not
cancelled and finish later on their own.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.wait
features: wait, tasks, sleep, time
"""
import asyncio
from loopspec import log


async def job(name, delay):
    await asyncio.sleep(delay)
    log("finished", name)
    return name


async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(job("a", 0.3), name="a")
    b = asyncio.create_task(job("b", 0.1), name="b")
    c = asyncio.create_task(job("c", 0.2), name="c")
    done, pending = await asyncio.wait([a, b, c], return_when=asyncio.FIRST_COMPLETED)
    log("returned at", loop.time(), done, pending)
    log("pending cancelled?", a.cancelled(), c.cancelled())
    await asyncio.sleep(0.5)
    log("all done", a.result(), c.result())
