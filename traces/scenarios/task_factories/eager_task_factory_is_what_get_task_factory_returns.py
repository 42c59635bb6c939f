"""get_task_factory() returns the factory set, and None once set_task_factory(None) restores the default.

set_task_factory refuses what is not callable, naming the rule, and leaves
the factory as it was.

spec: https://docs.python.org/3.12/library/asyncio-eventloop.html#asyncio.loop.set_task_factory
features: eager_tasks, task_factory, exceptions
python: 3.12
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    log("default", loop.get_task_factory())
    loop.set_task_factory(asyncio.eager_task_factory)
    log("set", loop.get_task_factory() is asyncio.eager_task_factory)
    try:
        loop.set_task_factory(42)
    except TypeError as e:
        log("refused", e)
    log("kept", loop.get_task_factory() is asyncio.eager_task_factory)
    loop.set_task_factory(None)
    log("reset", loop.get_task_factory())
