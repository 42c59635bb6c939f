"""The main task's step errors (awaiting itself, a yielded unmarked future, a yielded generator) wake it as any task's do, with text never shown.

asyncio.run's task carries run_until_complete's done callback, whose repr
names a file of CPython's; the RuntimeError of each wrong yield names the
task by that repr. The program catches each error at its `await` and logs
only its class and what the loop did meanwhile, then goes on and returns:
the message is written (as tasks.py writes it) but never shown.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task
features: tasks, futures, exceptions, call_soon
"""
import asyncio
from loopspec import log


class Yields:
    def __init__(self, item):
        self.item = item

    def __await__(self):
        return (item for item in [self.item])


async def main():
    loop = asyncio.get_running_loop()
    me = asyncio.current_task()
    fut = loop.create_future()
    attempts = [("itself", me), ("unmarked future", Yields(fut)), ("generator", Yields(n for n in range(2)))]
    for what, awaitable in attempts:
        loop.call_soon(log, "callback queued before the step", what)
        try:
            await awaitable
            log("not reached")
        except RuntimeError as e:
            log("caught", what, isinstance(e, RuntimeError))
    log("future after", fut.done())
    return "goes on"
