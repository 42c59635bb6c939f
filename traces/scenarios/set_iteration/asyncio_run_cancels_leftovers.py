"""asyncio.run() called from plain code cancels what its coroutine left running in the order of the set all_tasks() returns.

Outside any loop, the scenario calls `asyncio.run(start())`; start() makes
three tasks that wait on an Event and returns. Before closing its loop,
asyncio.run() cancels them by walking the set of pending tasks, which
CPython orders by memory address (left open), and each logs from its
`except`. asyncio.run() returns start()'s value only after all three are
done.

spec: https://docs.python.org/3.11/library/asyncio-runner.html#asyncio.run
features: asyncio_run, tasks, event, cancellation
order: set-iteration
"""
import asyncio
from loopspec import log


async def listener(name, event):
    try:
        await event.wait()
    except asyncio.CancelledError:
        log(name, "cancelled")
        raise


async def start():
    event = asyncio.Event()
    asyncio.create_task(listener("tom", event), name="tom")
    asyncio.create_task(listener("dick", event), name="dick")
    asyncio.create_task(listener("harry", event), name="harry")
    await asyncio.sleep(0)
    return "started three"


def scenario(loop):
    log("asyncio.run returned", asyncio.run(start()))
