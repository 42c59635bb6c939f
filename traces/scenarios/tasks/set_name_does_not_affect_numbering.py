"""Renaming a task neither frees nor takes a Task-N number.

The next unnamed task continues the count whatever the earlier ones were
renamed to, even when one took the very name it is about to get: names
need not be unique, so two tasks end up called Task-4.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task.set_name
features: tasks
"""
import asyncio
from loopspec import log


async def job():
    pass


async def main():
    a = asyncio.create_task(job())
    a.set_name("renamed")
    b = asyncio.create_task(job())
    b.set_name("Task-4")
    c = asyncio.create_task(job())
    log("tasks", a, b, c)
    await a
    await b
    await c
