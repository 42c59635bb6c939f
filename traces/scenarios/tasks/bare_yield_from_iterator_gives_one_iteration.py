"""None yielded by an `__await__` iterator is a bare yield: the task gives up one iteration and goes on.

A task treats a yielded None as asyncio.sleep(0) does: it schedules its
next step at once, so the callbacks queued before run first, and the
iterator's next item is asked for on that step. Here the iterator (a
generator expression) yields None twice, then ends; the await gives None.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task
features: tasks, call_soon
"""
import asyncio
from loopspec import log


def pause(left):
    log("pause, left", left)


class TwoPauses:
    def __await__(self):
        return (pause(left) for left in [1, 0])


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(log, "callback 1")
    loop.call_soon(log, "callback 2")
    got = await TwoPauses()
    log("await gave", got)
