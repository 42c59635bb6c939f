"""wait() with ALL_COMPLETED (the default) waits for every task, failures included, and raises nothing.

The failed task is in the done set with its exception kept; the default and
the explicit ALL_COMPLETED behave the same.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.ALL_COMPLETED
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
    raise ZeroDivisionError("division by zero")


async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(job("a", 0.3), name="a")
    bad = asyncio.create_task(broken(0.1), name="bad")
    done, pending = await asyncio.wait([a, bad], return_when=asyncio.ALL_COMPLETED)
    log("explicit", loop.time(), done, pending)
    log("bad", bad.exception(), "a", a.result())
    b = asyncio.create_task(job("b", 0.2), name="b")
    c = asyncio.create_task(job("c", 0.1), name="c")
    done, pending = await asyncio.wait([b, c])
    log("default", loop.time(), done, pending)
