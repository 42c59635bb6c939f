"""close() refuses a running loop with RuntimeError; on a loop already closed it does nothing.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.close
features: close, run_until_complete, exceptions
"""
import asyncio
from loopspec import log


async def close_while_running(loop):
    try:
        loop.close()
    except RuntimeError as e:
        log("running", e)


def scenario(loop):
    loop.run_until_complete(close_while_running(loop))
    log("closed", loop.is_closed())
    loop.close()
    loop.close()
    log("closed twice", loop.is_closed())
