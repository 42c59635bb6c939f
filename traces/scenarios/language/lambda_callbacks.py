"""A lambda is a callback like any function: call_soon, call_later and done callbacks run it in their usual order.

The lambdas read the variables of main() when they run, not when they are
made, so a value changed between scheduling and running is the one logged.
A lambda passed to add_done_callback receives the future.

spec: https://docs.python.org/3.11/reference/expressions.html#lambda
features: call_soon, call_later, futures, sleep
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    state = "made"
    loop.call_later(0.1, lambda: log("later", state, loop.time()))
    loop.call_soon(lambda: log("soon", state))
    loop.call_soon(lambda who, n=2: log("with args", who, n), "first")
    fut = loop.create_future()
    fut.add_done_callback(lambda f: log("done", f.result(), state))
    state = "changed"
    loop.call_soon(fut.set_result, 42)
    await asyncio.sleep(0.2)
    pick = lambda a, b: a if a > b else b
    log("pick", pick(3, 7), pick(b=1, a=2))
