"""is_running() and is_closed() through a loop's life: fresh, running, stopped, closed.

is_running() is True only while run_forever/run_until_complete is on the
stack (in a callback and in a task); after close() is_closed() is True and
is_running() stays False.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.is_running
features: run_forever, run_until_complete, stop, close, call_soon
"""
import asyncio
from loopspec import log


def in_callback(loop):
    log("in callback", loop.is_running(), loop.is_closed())
    loop.stop()


async def in_task(loop):
    log("in task", loop.is_running(), loop.is_closed())


def scenario(loop):
    log("fresh", loop.is_running(), loop.is_closed())
    loop.call_soon(in_callback, loop)
    loop.run_forever()
    log("stopped", loop.is_running(), loop.is_closed())
    loop.run_until_complete(in_task(loop))
    log("completed", loop.is_running(), loop.is_closed())
    loop.close()
    log("closed", loop.is_running(), loop.is_closed())
