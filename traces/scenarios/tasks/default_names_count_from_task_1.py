"""Tasks without a name are called Task-N, counting from Task-1 for main.

The Runner makes main's task first, so main is Task-1 and the tasks it
creates are Task-2, Task-3, ... in creation order.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task.get_name
features: tasks, current_task, runner
"""
import asyncio
from loopspec import log


async def job():
    return asyncio.current_task().get_name()


async def main():
    log("main is", asyncio.current_task().get_name())
    a = asyncio.create_task(job())
    b = asyncio.create_task(job())
    log("created", a, b)
    na = await a
    nb = await b
    log("names seen inside", na, nb)
