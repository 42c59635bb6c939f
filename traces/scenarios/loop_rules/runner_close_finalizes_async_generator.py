"""Runner.close() cancels the tasks left over and then shuts the loop's async generators down: a generator left suspended by `break` runs its `finally` after the leftover task's cancellation.

The consumer stops after two items; the generator stays referenced by a
local of the scenario until the Runner closes.

spec: https://docs.python.org/3.11/library/asyncio-runner.html#asyncio.Runner.close
features: runner, shutdown_asyncgens, tasks, sleep, cancellation
"""
import asyncio
from loopspec import log


async def events(source):
    n = 0
    try:
        while True:
            await asyncio.sleep(0.25)
            n += 1
            yield f"{source}-{n}"
    finally:
        log(source, "closed after", n, "at", asyncio.get_running_loop().time())


async def background():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log("background cancelled")
        raise


async def consume(gen):
    asyncio.get_running_loop().create_task(background())
    async for event in gen:
        log("event", event)
        if event == "sensor-2":
            break
    return "consumed"


def scenario(loop):
    with asyncio.Runner() as runner:
        gen = events("sensor")
        log(runner.run(consume(gen)))
    log("runner closed")
