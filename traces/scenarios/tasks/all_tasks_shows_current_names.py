"""all_tasks() holds the task objects themselves, so a rename shows up in it at once.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.all_tasks
features: all_tasks, tasks, current_task, sleep
"""
import asyncio
from loopspec import log


async def job():
    await asyncio.sleep(0.1)


async def main():
    asyncio.current_task().set_name("main")
    t = asyncio.create_task(job())
    log("before", asyncio.all_tasks())
    t.set_name("worker")
    log("after", asyncio.all_tasks())
    await t
