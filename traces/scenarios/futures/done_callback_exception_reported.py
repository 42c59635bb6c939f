"""An exception in a done callback goes to the exception handler; later callbacks still run.

Each done callback is its own call_soon handle, so one failing does not stop
the next, and the future's result is unaffected.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.Future.add_done_callback
features: futures, exceptions, exception_handler, sleep
"""
import asyncio
from loopspec import log


def broken(fut):
    raise ZeroDivisionError("in callback")


def fine(fut):
    log("fine callback", fut.result())


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(broken)
    fut.add_done_callback(fine)
    fut.set_result("ok")
    await asyncio.sleep(0)
    log("result", fut.result())
