"""The loop and asyncio refuse arguments of the wrong kind with TypeError, before doing anything.

set_task_factory refuses a factory that is not callable; set_event_loop an
object that is not a loop; asyncio.Task something that is not a
coroutine.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html
features: task_factory, event_loop_policy, tasks, exceptions
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    try:
        loop.set_task_factory(42)
    except TypeError as e:
        log("set_task_factory", e)
    log("factory", loop.get_task_factory())
    try:
        asyncio.set_event_loop(42)
    except TypeError as e:
        log("set_event_loop", e)
    try:
        asyncio.Task(42)
    except TypeError as e:
        log("Task", e)
