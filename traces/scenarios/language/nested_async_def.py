"""A nested `async def` makes coroutines that capture main()'s variables; their tasks run like any other, and errors name them `main.<locals>.name`.

The inner coroutine function reads a lock and a results list of main().
Calling it with a missing argument raises TypeError at the call, before
any task exists, with CPython's qualified name in the message.

spec: https://docs.python.org/3.11/reference/compound_stmts.html#coroutine-function-definition
features: tasks, sleep, lock, exceptions
"""
import asyncio
from loopspec import log


async def main():
    lock = asyncio.Lock()
    results = []

    async def job(name, delay=0.1):
        async with lock:
            log("start", name, lock.locked())
            await asyncio.sleep(delay)
            results.append(name)
        return len(results)

    tasks = [asyncio.create_task(job("x"))]
    tasks.append(asyncio.create_task(job("y", delay=0.05)))
    log("made", len(tasks))
    for t in tasks:
        log(t.get_name(), await t)
    try:
        job()
    except TypeError as e:
        log(e)
    try:
        job("z", wait=1)
    except TypeError as e:
        log(e)
    log(results)
