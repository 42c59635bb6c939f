"""ensure_future() of an awaitable that is neither a future nor a coroutine wraps it in a new task.

The object's class defines `__await__`; ensure_future makes a coroutine
that awaits it and schedules a Task for that coroutine, with the next
default name. `__await__` is called only when the task first runs, not
by ensure_future, and the task's result is the awaited value.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.ensure_future
features: ensure_future, tasks, futures, call_later
"""
import asyncio
from loopspec import log


class Later:
    def __init__(self, loop, value):
        self._fut = loop.create_future()
        loop.call_later(0.3, self._fut.set_result, value)

    def __await__(self):
        log("__await__ called")
        return self._fut.__await__()


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.ensure_future(Later(loop, "v"))
    log("made", type(t).__name__, t.get_name(), t.done())
    log("result", await t, loop.time())
