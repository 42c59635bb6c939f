"""loop.create_task(c, name=...) does not use up a Task-N number.

Unlike asyncio.create_task(), the loop method passes the name to the
task directly, so the next unnamed task is Task-2.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.create_task
features: tasks
"""
import asyncio
from loopspec import log


async def job():
    pass


async def main():
    loop = asyncio.get_running_loop()
    named = loop.create_task(job(), name="worker")
    unnamed = loop.create_task(job())
    log("tasks", named, unnamed)
    await named
    await unnamed
