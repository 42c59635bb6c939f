"""Awaiting an object whose `__await__` iterator is already exhausted gives None without suspending the task.

`await` ends as soon as the iterator stops, with the value the stop
carries: None for a `zip` or `enumerate` object. The task never gives
the loop a turn, so a callback queued before the await runs only at the
next real suspension.

spec: https://docs.python.org/3.11/reference/datamodel.html#object.__await__
features: tasks, call_soon, sleep
"""
import asyncio
from loopspec import log


class Nothing:
    def __await__(self):
        return zip([])


class NothingEnumerated:
    def __await__(self):
        return enumerate(())


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(log, "callback")
    log("zip gives", await Nothing())
    log("enumerate gives", await NothingEnumerated())
    await asyncio.sleep(0)
    log("after a real suspension")
