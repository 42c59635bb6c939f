"""The 3.11 idiom for TaskGroup errors: `except*` clauses split the group of child failures by type, each clause seeing only its kind.

Two children fail in the same iteration (one Event releases both) with
two kinds of error, and a third, released later, is cancelled; the
TaskGroup raises one ExceptionGroup and each except* clause gets the part
it names, in the order the children failed. An Event rather than two
equal sleeps makes the two failures simultaneous on a real clock too.

spec: https://docs.python.org/3.11/library/asyncio-task.html#task-groups
features: taskgroup, exceptions, exception_groups, event, call_later
"""
import asyncio
from loopspec import log


async def fail(exc, gate):
    await gate.wait()
    raise exc


async def main():
    loop = asyncio.get_running_loop()
    first, later = asyncio.Event(), asyncio.Event()
    loop.call_later(0.1, first.set)
    loop.call_later(0.2, later.set)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("v1"), first))
            tg.create_task(fail(TypeError("t1"), first))
            tg.create_task(fail(ValueError("v2"), later))
    except* ValueError as eg:
        log("values", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        log("types", eg.exceptions, asyncio.get_running_loop().time())
