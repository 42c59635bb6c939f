"""An object whose class defines `__await__` can be awaited: `await obj` awaits what `obj.__await__()` returns, here a future's or a coroutine's own iterator.

Two tasks await the same signal object and wake in the order they
started waiting when its future completes; a second class delegates to
a coroutine. `__await__` returning something that is not an iterator is
a TypeError, as is awaiting an object whose class has no `__await__`.

spec: https://docs.python.org/3.11/reference/datamodel.html#object.__await__
features: futures, tasks, sleep, call_later
"""
import asyncio
from loopspec import log


class Signal:
    def __init__(self, loop):
        self._fut = loop.create_future()

    def fire(self, value):
        self._fut.set_result(value)

    def __await__(self):
        return self._fut.__await__()


class Delayed:
    def __init__(self, delay, value):
        self.delay = delay
        self.value = value

    async def run(self):
        await asyncio.sleep(self.delay)
        return self.value

    def __await__(self):
        return self.run().__await__()


class Broken:
    def __await__(self):
        return 5


class Plain:
    pass


async def waiter(name, signal):
    value = await signal
    log(name, "woke with", value)
    return value


async def main():
    loop = asyncio.get_running_loop()
    signal = Signal(loop)
    tasks = [asyncio.create_task(waiter(n, signal)) for n in ("first", "second")]
    await asyncio.sleep(0)
    loop.call_later(0.5, signal.fire, "go")
    log("results", await asyncio.gather(*tasks), loop.time())
    log("delayed", await Delayed(0.25, "late"), loop.time())
    try:
        await Broken()
    except TypeError as e:
        log("broken", e)
    try:
        await Plain()
    except TypeError as e:
        log("plain", e)
