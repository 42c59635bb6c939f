"""as_completed() yields awaitables whose results come in order of completion, each as soon as it is ready.

Tasks created in the order a(0.3), b(0.1), c(0.2) yield b, c, a at 0.1, 0.2
and 0.3.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.as_completed
features: as_completed, tasks, sleep, time
"""
import asyncio
from loopspec import log


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(job("a", 0.3), name="a")
    b = asyncio.create_task(job("b", 0.1), name="b")
    c = asyncio.create_task(job("c", 0.2), name="c")
    for aw in asyncio.as_completed([a, b, c]):
        r = await aw
        log("got", r, loop.time())
