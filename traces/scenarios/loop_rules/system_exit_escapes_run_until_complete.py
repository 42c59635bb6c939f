"""SystemExit raised by a callback escapes run_until_complete; the future stays pending.

The exception handler is not involved. The loop can then be run again to
complete the same future.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.run_until_complete
features: keyboard_interrupt, run_until_complete, futures, call_later
"""
import asyncio
from loopspec import log


def leave():
    raise SystemExit(3)


def scenario(loop):
    fut = loop.create_future()
    loop.call_later(0.1, leave)
    loop.call_later(0.2, fut.set_result, "finished")
    try:
        loop.run_until_complete(fut)
    except SystemExit as e:
        log("escaped", e, loop.time(), fut.done(), loop.is_running())
    result = loop.run_until_complete(fut)
    log("completed later", result, loop.time())
