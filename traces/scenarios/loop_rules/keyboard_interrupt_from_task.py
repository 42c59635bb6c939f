"""KeyboardInterrupt raised in the coroutine of run_until_complete escapes; no stray stop remains.

The wrapping task ends with the KeyboardInterrupt as its exception. Its done
callback, which would normally stop the loop, sees a KeyboardInterrupt and does
nothing, so the next run_forever is not cut short: it runs until its own stop.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.run_until_complete
features: keyboard_interrupt, run_until_complete, run_forever, stop, call_soon, sleep
"""
import asyncio
from loopspec import log


async def interrupted():
    await asyncio.sleep(0.1)
    raise KeyboardInterrupt()


def hop(loop, n):
    log("hop", n)
    if n < 3:
        loop.call_soon(hop, loop, n + 1)
    else:
        loop.stop()


def scenario(loop):
    task = loop.create_task(interrupted(), name="interrupted")
    try:
        loop.run_until_complete(task)
    except KeyboardInterrupt as e:
        log("escaped", e, loop.time())
    log("task", task.done(), task.cancelled(), task.exception())
    loop.call_soon(hop, loop, 1)
    loop.run_forever()
    log("second run returned")
