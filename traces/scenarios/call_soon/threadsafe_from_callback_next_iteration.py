"""call_soon_threadsafe from a running callback waits for the next iteration, like call_soon.

Called inside the loop, it appends to the ready queue, so the call runs after
the rest of the current batch, interleaved with call_soon calls in queueing
order.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_soon_threadsafe
features: call_soon, call_soon_threadsafe, sleep
"""
import asyncio
from loopspec import log


def step(name):
    log("run", name)


def spawn(loop):
    log("run", "spawner")
    loop.call_soon_threadsafe(step, "threadsafe child")
    loop.call_soon(step, "soon child")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon_threadsafe(spawn, loop)
    loop.call_soon(step, "sibling")
    await asyncio.sleep(0)
    log("main resumed")
    await asyncio.sleep(0)
    log("main resumed again")
