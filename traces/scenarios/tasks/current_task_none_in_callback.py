"""A plain callback run by the loop has no current task.

current_task() inside a call_soon callback is None, while the task that
scheduled it sees itself.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.current_task
features: current_task, call_soon, tasks, sleep
"""
import asyncio
from loopspec import log


def report(where):
    log(where, asyncio.current_task())


async def main():
    asyncio.get_running_loop().call_soon(report, "callback")
    report("main")
    await asyncio.sleep(0)
