"""A generator yielded up to the task wakes it with RuntimeError('yield was used instead of yield from for generator ...').

An `__await__` iterator that yields a generator object instead of delegating to it hands the task
something it cannot wait on. The task schedules its next step with a
RuntimeError raised at the `await`. The message ends with the
generator's repr, which holds a memory address, so only the part before
it is logged.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task
features: tasks, exceptions, call_soon
"""
import asyncio
from loopspec import log


class Wrong:
    def __await__(self):
        return (item for item in [(n for n in range(3))])


async def worker():
    asyncio.get_running_loop().call_soon(log, "callback queued before the step")
    try:
        await Wrong()
        log("not reached")
    except RuntimeError as e:
        text = str(e)
        cut = 0
        while text[cut:cut + 6] != " with ":
            cut += 1
        log("caught", text[:cut])
    return "goes on"


async def main():
    t = asyncio.create_task(worker(), name="worker")
    await asyncio.sleep(0.1)
    log(t.result())
