"""gather() accepts objects with `__await__` as well as coroutines, wrapping each in a task.

gather hands each argument to ensure_future: the awaitable objects become
tasks like the coroutine (four tasks besides main), the results come
back in argument order, and an object whose `__await__` iterator
yields a tuple makes its task fail with the bad-yield RuntimeError,
which `return_exceptions=True` returns in its place.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.gather
features: gather, ensure_future, tasks, futures, call_later, exceptions, all_tasks
"""
import asyncio
from loopspec import log


class Later:
    def __init__(self, loop, delay, value):
        self._fut = loop.create_future()
        loop.call_later(delay, self._fut.set_result, value)

    def __await__(self):
        return self._fut.__await__()


class Odd:
    def __await__(self):
        return zip(["x"])


async def coro(v):
    await asyncio.sleep(0.1)
    return v


async def main():
    loop = asyncio.get_running_loop()
    g = asyncio.gather(Later(loop, 0.3, "slow"), coro("c"), Later(loop, 0.2, "fast"), Odd(), return_exceptions=True)
    log("tasks", len(asyncio.all_tasks()))
    log(await g, loop.time())
