"""A coroutine that awaits itself without end raises RecursionError at once, and the awaiting task can catch it and carry on.

Each `await g()` runs the inner coroutine right away, on the same stack, so
the recursion never suspends: RecursionError ('maximum recursion depth
exceeded') reaches main's handler before the loop has run anything else
(the callback queued just before is still waiting, the clock has not moved).
main's task is not harmed: it sleeps and logs afterwards as usual.

The depth at which the error comes is not logged: it depends on how many
frames the runner itself has below the scenario, which no other loop shares.

spec: https://docs.python.org/3.11/library/exceptions.html#RecursionError
features: tasks, exceptions, call_soon, sleep, time
"""
import asyncio
from loopspec import log


async def g():
    return await g()


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(log, "callback")
    try:
        await g()
        log("not reached")
    except RecursionError as e:
        log("caught", e, loop.time())
    await asyncio.sleep(0.1)
    log("carried on", loop.time())
