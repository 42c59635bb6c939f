"""as_completed() over bare coroutines starts them in the order of a set, but yields results in completion order.

The three coroutines are passed as coroutine objects, not tasks.
as_completed() makes them into tasks while iterating a set of them, whose
order in CPython follows memory addresses; the tasks start in the order
they were made, so the "starts" lines come in that open order. Their
sleeps (0.3, 0.1, 0.2 s) fix the order of the results: fast, middle, slow.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.as_completed
features: as_completed, sleep
order: set-iteration
"""
import asyncio
from loopspec import log


async def job(name, delay):
    log(name, "starts")
    await asyncio.sleep(delay)
    return name


async def main():
    for next_done in asyncio.as_completed([job("slow", 0.3), job("fast", 0.1), job("middle", 0.2)]):
        log("got", await next_done)
