"""`asyncio.timeout` around an `async for`: the deadline cancels the task inside the generator's await, the generator's `finally` runs, and the timeout turns the cancellation into TimeoutError outside.

The generator ends with the cancellation; the consumer sees only the
items yielded before the deadline.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.timeout
features: timeout, sleep, cancellation
"""
import asyncio
from loopspec import log


async def slow_feed():
    i = 0
    try:
        while True:
            await asyncio.sleep(0.3)
            i += 1
            yield i
    finally:
        log("feed closed after", i)


async def main():
    got = []
    feed = slow_feed()
    try:
        async with asyncio.timeout(1):
            async for value in feed:
                got.append(value)
    except TimeoutError as e:
        log("timed out", type(e).__name__, got, asyncio.get_running_loop().time())
    try:
        await anext(feed)
    except StopAsyncIteration:
        log("feed is finished")
