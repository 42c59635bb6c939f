"""An exception from an await inside an expression abandons the rest of the expression.

In `log("sum", first() + await fails(), last())` first() has run, fails()
raises after its sleep, and neither last() nor log is called; the handler
sees the exception. The operands already evaluated are simply dropped.

spec: https://docs.python.org/3.11/reference/expressions.html#evaluation-order
features: sleep, exceptions
"""
import asyncio
from loopspec import log


def first():
    log("first")
    return 1


def last():
    log("last")
    return 3


async def fails():
    await asyncio.sleep(0.1)
    raise ValueError("boom")


async def main():
    try:
        log("sum", first() + await fails(), last())
    except ValueError as e:
        log("caught", e)
    try:
        raise RuntimeError(await fails())
    except ValueError as e:
        log("raise argument failed first", e)
