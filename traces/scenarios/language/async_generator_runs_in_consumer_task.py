"""An async generator's body runs in the task that awaits it: `current_task()` inside is the consumer, a second consumer that calls `anext` while the body is suspended in an await gets RuntimeError, and cancelling the consumer raises CancelledError at the body's await.

After the cancellation the generator has ended (its `finally` ran), so
the next `anext` raises StopAsyncIteration; a generator is consumed by
one task after another when they take turns.

spec: https://peps.python.org/pep-0525/#asynchronous-generator-object
features: tasks, sleep, cancellation, current_task
"""
import asyncio
from loopspec import log


async def numbers():
    n = 0
    try:
        while True:
            task = asyncio.current_task()
            await asyncio.sleep(1)
            n += 1
            yield (n, task.get_name())
    finally:
        log("numbers finally at", n)


async def take(gen, label):
    value = await anext(gen)
    log(label, value)
    return value


async def main():
    gen = numbers()
    first = asyncio.create_task(take(gen, "first"), name="first")
    await asyncio.sleep(0.5)
    try:
        await anext(gen)
    except RuntimeError as e:
        log("main", e)
    await first
    second = asyncio.create_task(take(gen, "second"), name="second")
    await asyncio.sleep(0.5)
    second.cancel()
    try:
        await second
    except asyncio.CancelledError:
        log("second cancelled", second.cancelled())
    try:
        await anext(gen)
    except StopAsyncIteration:
        log("ended")
