"""The 3.11 idiom for TaskGroup errors: `except*` clauses split the group of child failures by type, each clause seeing only its kind.

Three children fail at the same time with two kinds of error; the
TaskGroup raises one ExceptionGroup and each except* clause gets the
part it names, in the order the children failed.

spec: https://docs.python.org/3.11/library/asyncio-task.html#task-groups
features: taskgroup, exceptions, exception_groups, sleep
"""
import asyncio
from loopspec import log


async def fail(exc, delay):
    await asyncio.sleep(delay)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("v1"), 0.1))
            tg.create_task(fail(TypeError("t1"), 0.1))
            tg.create_task(fail(ValueError("v2"), 0.2))
    except* ValueError as eg:
        log("values", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        log("types", eg.exceptions, asyncio.get_running_loop().time())
