"""remove_done_callback removes every registration of the callback and returns how many.

The same function registered twice is removed twice (return 2); removing a
function that is not registered returns 0; the other callback still runs.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.Future.remove_done_callback
features: futures, sleep
"""
import asyncio
from loopspec import log


def noisy(fut):
    log("noisy", fut.result())


def kept(fut):
    log("kept", fut.result())


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(noisy)
    fut.add_done_callback(kept)
    fut.add_done_callback(noisy)
    log("removed", fut.remove_done_callback(noisy))
    log("removed again", fut.remove_done_callback(noisy))
    fut.set_result("x")
    await asyncio.sleep(0)
    log("end")
