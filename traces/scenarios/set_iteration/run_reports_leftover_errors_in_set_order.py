"""Leftover tasks that raise another exception when the runner cancels them are each reported as unhandled, in the order of all_tasks()'s set.

The two tasks left pending by main() turn the runner's CancelledError
into a ValueError of their own. The runner cancels them walking the set
from `all_tasks()`, gathers them with return_exceptions=True, and walks the
same set again to hand each task's exception to the loop's exception
handler. CPython's set order follows memory addresses and asyncio leaves it
open, so both the "raising" lines and the two unhandled events come in
that order, the same order twice. Both are reported whatever the
order, and the run still ends with main()'s return value.

spec: https://docs.python.org/3.11/library/asyncio-runner.html#asyncio.run
features: runner, tasks, cancellation, exceptions, exception_handler, sleep
order: set-iteration
"""
import asyncio
from loopspec import log


async def grumpy(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log(name, "raising")
        raise ValueError(name)


async def main():
    asyncio.create_task(grumpy("one"), name="one")
    asyncio.create_task(grumpy("two"), name="two")
    await asyncio.sleep(0.5)
    return 42
