"""An async generator's body runs only while `__anext__()`, `asend()`, `athrow()` or `aclose()` is awaited: `asend` sets what the pending `yield` evaluates to, `athrow` raises there, `aclose` raises GeneratorExit there.

Each method's errors are CPython's: a non-None value sent to a generator
that has not started is a TypeError; after the body ends `__anext__`
raises StopAsyncIteration, `aclose` and `athrow` give None; a body that
yields again after GeneratorExit makes aclose raise RuntimeError; a
StopAsyncIteration escaping the body becomes a RuntimeError.

spec: https://peps.python.org/pep-0525/
features: sleep, exceptions
"""
import asyncio
from loopspec import log


async def echo(delay):
    received = []
    try:
        value = yield "ready"
        while value is not None:
            received.append(value)
            await asyncio.sleep(delay)
            value = yield value * 2
    except KeyError as e:
        log("echo caught", e)
        yield "recovered"
    finally:
        log("echo finally", received)


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


async def leaky():
    raise StopAsyncIteration
    yield 0


async def main():
    g = echo(0.1)
    try:
        await g.asend("too early")
    except TypeError as e:
        log("TypeError", e)
    log(await g.asend(None), await g.asend(3), await g.asend(4))
    log(await g.athrow(KeyError("k")))
    log(await g.aclose(), await g.aclose(), await g.athrow(ValueError("late")))
    try:
        await anext(g)
    except StopAsyncIteration:
        log("exhausted")
    s = stubborn()
    log(await anext(s))
    try:
        await s.aclose()
    except RuntimeError as e:
        log("RuntimeError", e)
    try:
        await anext(leaky())
    except RuntimeError as e:
        log("RuntimeError", e)
    fresh = echo(0)
    try:
        await fresh.athrow(ValueError("never started"))
    except ValueError as e:
        log("athrow before start", e)
    log(await fresh.aclose(), asyncio.get_running_loop().time())
