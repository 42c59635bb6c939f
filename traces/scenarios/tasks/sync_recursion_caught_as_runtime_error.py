"""Endless recursion in a plain function called from main raises RecursionError, which `except RuntimeError` catches.

RecursionError is a subclass of RuntimeError. The recursion happens within
one step of main's task: the error is caught before the loop has run
anything else (the callback queued just before is still waiting, the clock
has not moved), and main carries on normally afterwards.

The depth at which the error comes is not logged: it depends on how many
frames the runner itself has below the scenario, which no other loop shares.

spec: https://docs.python.org/3.11/library/exceptions.html#RecursionError
features: exceptions, call_soon, sleep, time
"""
import asyncio
from loopspec import log


def down(n):
    return down(n + 1)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(log, "callback")
    try:
        down(0)
        log("not reached")
    except RuntimeError as e:
        log("caught", e, loop.time())
    await asyncio.sleep(0.1)
    log("carried on", loop.time())
