"""set_name() and the name= argument store str(value); the task is renamed at once.

A name given as a number becomes a string. Renaming a running task
changes what get_name() returns, including from inside the task.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task.set_name
features: tasks, current_task, sleep
"""
import asyncio
from loopspec import log


async def job():
    me = asyncio.current_task()
    log("inside, first", me.get_name())
    await asyncio.sleep(0)
    log("inside, later", me.get_name())


async def main():
    t = asyncio.create_task(job(), name=7)
    log("name= 7", t.get_name())
    await asyncio.sleep(0)
    t.set_name(42)
    log("set_name(42)", t.get_name(), t)
    await t
