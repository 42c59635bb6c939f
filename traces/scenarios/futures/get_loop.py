"""Future.get_loop() returns the loop the future belongs to.

A future from loop.create_future() and a task both report the running loop.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.Future.get_loop
features: futures, tasks
"""
import asyncio
from loopspec import log


async def child():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    task = asyncio.create_task(child())
    log("future loop is running loop?", fut.get_loop() is loop)
    log("task loop is running loop?", task.get_loop() is loop)
    value = await task
    fut.set_result(value)
    log("still the same after done?", fut.get_loop() is loop, fut.result())
