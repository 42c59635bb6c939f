"""asyncio.create_task(c, name=...) uses up a Task-N number although the name replaces it.

The task is first created with a default name and then renamed, so the
next unnamed task skips a number: Task-3, not Task-2.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.create_task
features: tasks
"""
import asyncio
from loopspec import log


async def job():
    pass


async def main():
    named = asyncio.create_task(job(), name="worker")
    unnamed = asyncio.create_task(job())
    log("tasks", named, unnamed)
    log("names", named.get_name(), unnamed.get_name())
    await named
    await unnamed
