"""`async for` awaits each item from the iterable's `__anext__` until StopAsyncIteration; `break` leaves the generator suspended, `else` runs only when it is exhausted, and targets may unpack.

An object of a scenario's class with `__aiter__` and `async def
__anext__` is iterated the same way; `aiter()` and `anext()` are the
builtins of the protocol, `anext(it, default)` gives the default once the
iterator is exhausted. A value without `__aiter__` is a TypeError.

spec: https://docs.python.org/3.11/reference/compound_stmts.html#the-async-for-statement
features: sleep
"""
import asyncio
from loopspec import log


async def pairs(n):
    for i in range(n):
        await asyncio.sleep(0.1)
        yield i, i * i


class Countdown:
    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0.05)
        self.current -= 1
        return self.current + 1


async def main():
    async for i, sq in pairs(3):
        log("pair", i, sq)
    else:
        log("pairs exhausted")
    gen = pairs(10)
    async for i, sq in gen:
        if i == 1:
            break
    else:
        log("never")
    log("after break", await anext(gen), await gen.aclose())
    async for n in Countdown(3):
        log("countdown", n)
    c = Countdown(1)
    log(aiter(c) is c, await anext(c), await anext(c, "done"))
    try:
        async for x in [1, 2]:
            log("never", x)
    except TypeError as e:
        log("TypeError", e)
    log("at", asyncio.get_running_loop().time())
