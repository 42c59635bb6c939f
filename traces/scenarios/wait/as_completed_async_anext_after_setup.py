"""3.13's as_completed() does its set-up when called: the tasks for coroutines start before any iteration, and anext() takes one item.

The iterator is made, then main() sleeps past the job's end: the coroutine
already ran as a task. anext() gives that task, already done; a second
anext() finds the iterator exhausted and raises StopAsyncIteration.

spec: https://docs.python.org/3.13/library/asyncio-task.html#asyncio.as_completed
features: as_completed, as_completed_async, tasks, exceptions, sleep, time
python: 3.13.0
"""
import asyncio
from loopspec import log


async def job():
    log("job runs", asyncio.get_running_loop().time())
    return "done"


async def main():
    it = asyncio.as_completed([job()])
    log("made")
    await asyncio.sleep(0.1)
    t = await anext(it)
    log("first", t.done(), t.result())
    try:
        await anext(it)
    except StopAsyncIteration:
        log("exhausted")
