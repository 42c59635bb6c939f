"""Arguments are evaluated left to right, and an await among them suspends the task between its neighbours.

`log(first(), await middle(), last())` calls first(), then awaits middle()
(whose sleep(0) lets the callback queued before run), and only then calls
last(); log itself runs once all three values are there.

spec: https://docs.python.org/3.11/reference/expressions.html#evaluation-order
features: call_soon, sleep
"""
import asyncio
from loopspec import log


def first():
    log("first")
    return 1


async def middle():
    log("middle starts")
    await asyncio.sleep(0)
    log("middle resumes")
    return 2


def last():
    log("last")
    return 3


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(log, "callback")
    log("values", first(), await middle(), last())
