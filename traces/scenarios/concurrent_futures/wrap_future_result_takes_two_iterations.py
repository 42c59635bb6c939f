"""A wrapped concurrent future's result reaches its awaiter two iterations later.

asyncio.wrap_future(cf) makes an asyncio future chained to `cf`. The concurrent
future runs its done callbacks at once, inside set_result, in the thread that
calls it (here the loop's own): the chain's callback hands the result to the
asyncio future with loop.call_soon_threadsafe, which queues like call_soon. When
that callback runs (between the two ticks queued around set_result), the asyncio future is done and schedules its own callbacks
(the awaiting task's wake-up) with call_soon: one more iteration.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.wrap_future
features: concurrent_futures, futures, call_soon
"""
import asyncio
import concurrent.futures
from loopspec import log


def tick(n, fut):
    log("tick", n, "wrapper done:", fut.done())


async def waiter(fut):
    log("waiter got", await fut)


async def main():
    loop = asyncio.get_running_loop()
    cf = concurrent.futures.Future()
    fut = asyncio.wrap_future(cf)
    log("wrapped is an asyncio future", fut.get_loop() is loop, fut.done())
    task = asyncio.create_task(waiter(fut), name="waiter")
    await asyncio.sleep(0)
    loop.call_soon(tick, 1, fut)
    cf.set_result(42)
    log("after set_result", cf.done(), cf.result(), fut.done())
    loop.call_soon(tick, 2, fut)
    await asyncio.sleep(0)
    log("one iteration later", fut.done(), fut.result())
    await task
