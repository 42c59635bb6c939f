"""all_tasks() returns the loop's tasks that are not done yet, the caller included.

Tasks appear as soon as they are created (before their first step) and
disappear once they are done.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.all_tasks
features: all_tasks, tasks, sleep
"""
import asyncio
from loopspec import log


async def job(delay):
    await asyncio.sleep(delay)


async def main():
    log("alone", asyncio.all_tasks())
    a = asyncio.create_task(job(0.1), name="short")
    b = asyncio.create_task(job(0.3), name="long")
    log("created", asyncio.all_tasks(), len(asyncio.all_tasks()))
    await asyncio.sleep(0.2)
    log("short done", a.done(), asyncio.all_tasks())
    await b
    log("all done", asyncio.all_tasks())
