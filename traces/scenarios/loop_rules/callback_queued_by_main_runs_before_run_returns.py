"""A callback main queues in its last step runs before asyncio.run returns, while no task is pending.

main's task finishes in the iteration that runs its last step; the callback
it queued there, and then the done callback that stops the loop, run in the
next iteration, so the callback sees no pending task and runs before the
Runner's clean-up. A loop whose run_until_complete returns in the iteration
the future completes runs it later, during the clean-up's own
run_until_complete (found by the property tests on nest_asyncio,
properties/FINDINGS.md).

spec: https://docs.python.org/3.11/library/asyncio-runner.html#asyncio.run
features: call_soon, runner, all_tasks
"""
import asyncio
from loopspec import log


def late(tag):
    log(tag, "pending tasks", len(asyncio.all_tasks()))


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(late, "queued by main")
    log("main returns")
    return "done"
