"""A nested function can call itself and its siblings through the cells of the function that defines them.

The recursion goes through variables of main(), so it works only once
they are bound; a task runs a nested coroutine function that awaits
itself.

spec: https://docs.python.org/3.11/reference/executionmodel.html#resolution-of-names
features: tasks, sleep
"""
import asyncio
from loopspec import log


async def main():
    def is_even(n):
        return True if n == 0 else is_odd(n - 1)

    def is_odd(n):
        return False if n == 0 else is_even(n - 1)

    log(is_even(10), is_odd(7))

    async def countdown(n):
        if n == 0:
            return "liftoff"
        log("count", n)
        await asyncio.sleep(0.1)
        return await countdown(n - 1)

    log(await asyncio.create_task(countdown(3)))
