"""`return` of an expression holding awaits returns once every await in it has finished.

The caller's `await` gets the computed value; a task wrapping the coroutine
completes with it, in the iteration after the last await resumes.

spec: https://docs.python.org/3.11/reference/simple_stmts.html#the-return-statement
features: tasks, sleep, time
"""
import asyncio
from loopspec import log


async def value(n):
    await asyncio.sleep(0.1)
    return n


async def compute():
    return 10 * await value(2) + await value(3)


async def main():
    loop = asyncio.get_running_loop()
    log("direct", await compute(), loop.time())
    task = asyncio.create_task(compute())
    await asyncio.sleep(0)
    log("task done early", task.done())
    log("task", await task, loop.time())
