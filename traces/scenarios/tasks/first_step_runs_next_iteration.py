"""create_task() does not run the coroutine: its first step runs in a later loop iteration.

The creator keeps running after create_task(); the new task's first line
runs only once the creator yields, and, being scheduled earlier, before
the creator resumes from its sleep(0).

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.create_task
features: tasks, sleep
"""
import asyncio
from loopspec import log


async def job():
    log("job first step")


async def main():
    t = asyncio.create_task(job())
    log("created", t.done())
    log("still main")
    await asyncio.sleep(0)
    log("main resumes", t.done())
