"""shutdown_asyncgens() wrapped in a task completes in that task's first step.

With no async generators to close, the task is done, with result None, as soon
as its first step has run: one sleep(0) of the creating task is enough.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.shutdown_asyncgens
features: shutdown_asyncgens, tasks, sleep
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    task = loop.create_task(loop.shutdown_asyncgens(), name="shutdown")
    log("created", task, task.done())
    await asyncio.sleep(0)
    log("after one iteration", task.done(), task.result())
    again = await loop.shutdown_asyncgens()
    log("called again", again)
