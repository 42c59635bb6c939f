"""An error in a callback scheduled in debug mode reaches the exception handler with a 'source_traceback' of where it was scheduled.

In debug mode every handle remembers the stack that made it, and when its
callback raises, the context handed to the exception handler carries that
stack under 'source_traceback', after 'message', 'exception' and 'handle'.
A handle made before debug mode was switched on has none, even if it runs
after.

spec: https://docs.python.org/3.11/library/asyncio-dev.html#debug-mode
features: debug, call_soon, exception_handler
"""
import asyncio
from loopspec import log


def handler(loop, context):
    trace = context.get("source_traceback")
    log("context", list(context), type(trace).__name__)


def fail(tag):
    raise ValueError(tag)


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(fail, "before debug")
    loop.set_debug(True)
    loop.call_soon(fail, "in debug")
    await asyncio.sleep(0)
    loop.set_debug(False)
    loop.call_soon(fail, "after debug")
    await asyncio.sleep(0)
