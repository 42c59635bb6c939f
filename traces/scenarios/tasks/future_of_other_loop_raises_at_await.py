"""Awaiting a future that belongs to another loop raises RuntimeError in the awaiting task.

The task sees that the yielded future's loop is not its own and wakes
the coroutine with RuntimeError('Task ... got Future ... attached to a
different loop') at the `await`. The foreign future is left as it was:
pending, with no callback from this task. The message holds the reprs
of the task and the future, so only its ending is logged.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.Future
features: tasks, futures, exceptions, event_loop_policy, close, sleep
"""
import asyncio
from loopspec import log


async def main():
    other = asyncio.new_event_loop()
    fut = other.create_future()
    try:
        await fut
        log("not reached")
    except RuntimeError as e:
        log("RuntimeError", "attached to a different loop" in str(e))
    log("foreign future", fut.done(), fut.get_loop() is other)
    await asyncio.sleep(0.1)
    log("task goes on")
    other.close()
