"""In debug mode run_in_executor refuses a coroutine function, a coroutine and a non-callable.

With loop.set_debug(True) run_in_executor checks its function as
call_soon does, before submitting anything: TypeError for a coroutine
function or coroutine object, and for an object that is not callable.

spec: https://docs.python.org/3.11/library/asyncio-dev.html#debug-mode
features: threads, debug, exceptions, asyncio_run
"""
import asyncio
from loopspec import log


async def coro_fn():
    return 1


async def body():
    loop = asyncio.get_running_loop()
    loop.set_debug(True)
    coro = coro_fn()
    for func in (coro_fn, coro, 42):
        try:
            loop.run_in_executor(None, func)
        except TypeError as e:
            log("TypeError", e)
    coro.close()
    loop.set_debug(False)


def scenario():
    asyncio.run(body())
