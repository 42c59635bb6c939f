"""wait(return_when=FIRST_EXCEPTION) returns when a task fails; wait() itself never raises the error.

The task that failed at 0.2 and the one that succeeded at 0.1 are in the done
set; the third is pending and still running. The failure stays in the task,
read back with exception().

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.wait
features: wait, exceptions, tasks, sleep, time
"""
import asyncio
from loopspec import log


async def job(name, delay):
    await asyncio.sleep(delay)
    log("finished", name)
    return name


async def broken(delay):
    await asyncio.sleep(delay)
    raise ValueError("bad input")


async def main():
    loop = asyncio.get_running_loop()
    ok = asyncio.create_task(job("ok", 0.1), name="ok")
    bad = asyncio.create_task(broken(0.2), name="bad")
    slow = asyncio.create_task(job("slow", 0.5), name="slow")
    done, pending = await asyncio.wait([ok, bad, slow], return_when=asyncio.FIRST_EXCEPTION)
    log("returned at", loop.time(), done, pending)
    log("bad", bad.exception())
    await slow
    log("slow", slow.result(), loop.time())
