"""Leftover tasks that swallow the runner's cancellation and return are not reported; they still run in the order of all_tasks()'s set.

main() leaves four tasks waiting on a future nobody completes. The runner
cancels them by walking the set `all_tasks()` returned (address order in
CPython, which asyncio leaves open), so the "swallowed" lines come in that
order. Each task returns a value instead of re-raising; the runner's
clean-up reports only leftovers that ended with an exception, so the trace
holds no unhandled event, and the run ends with main()'s value.

spec: https://docs.python.org/3.11/library/asyncio-runner.html#asyncio.Runner.run
features: runner, tasks, futures, cancellation, exception_handler
order: set-iteration
"""
import asyncio
from loopspec import log


async def patient(name, fut):
    try:
        await fut
    except asyncio.CancelledError:
        log(name, "swallowed the cancellation")
    return name


async def main():
    fut = asyncio.get_running_loop().create_future()
    for name in ["w", "x", "y", "z"]:
        asyncio.create_task(patient(name, fut), name=name)
    await asyncio.sleep(0.1)
    return "main done"
