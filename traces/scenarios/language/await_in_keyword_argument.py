"""Keyword arguments are evaluated after the positional ones, awaits included, and before the call.

`asyncio.create_task(job(), name=await pick_name())` makes the coroutine
object job() first, awaits pick_name(), then creates the task with that name.

spec: https://docs.python.org/3.11/reference/expressions.html#calls
features: tasks, sleep
"""
import asyncio
from loopspec import log


async def job():
    log("job runs")
    return "job"


async def pick_name():
    log("picking")
    await asyncio.sleep(0)
    return "picked"


async def main():
    task = asyncio.create_task(job(), name=await pick_name())
    log("created", task.get_name())
    log("result", await task)
