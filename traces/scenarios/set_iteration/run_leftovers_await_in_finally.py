"""Leftover tasks start their cleanup in the runner's set order; cleanup that sleeps ends in deadline order.

main() returns with "slow", "medium" and "quick" asleep. The runner cancels
them walking the set from `all_tasks()` (address order in CPython, open)
and gathers them, so the "cleanup starts" lines follow that walk. Each
`finally` then sleeps for 0.3, 0.2 and 0.1 s respectively; the runner keeps
the loop running until all have finished, and the "cleanup done" lines come
in deadline order (quick, medium, slow) whatever the walk did.

spec: https://docs.python.org/3.11/library/asyncio-runner.html#asyncio.run
features: runner, tasks, cancellation, sleep, time
order: set-iteration
"""
import asyncio
from loopspec import log


async def leftover(name, cleanup_delay):
    try:
        await asyncio.sleep(10)
    finally:
        log(name, "cleanup starts")
        await asyncio.sleep(cleanup_delay)
        log(name, "cleanup done at", asyncio.get_running_loop().time())


async def main():
    asyncio.create_task(leftover("slow", 0.3), name="slow")
    asyncio.create_task(leftover("medium", 0.2), name="medium")
    asyncio.create_task(leftover("quick", 0.1), name="quick")
    await asyncio.sleep(0.1)
    log("main returns at", asyncio.get_running_loop().time())
