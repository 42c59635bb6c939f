"""`and`, `or` and conditional expressions skip an await they do not need, so its coroutine never starts.

`False and await probe("x")` awaits nothing, `True or await probe("y")`
neither; `await probe("a") if c else await probe("b")` awaits only the
branch chosen. The coroutine objects are never even made.

spec: https://docs.python.org/3.11/reference/expressions.html#boolean-operations
features: sleep
"""
import asyncio
from loopspec import log


async def probe(name, result=True):
    log("probe", name)
    await asyncio.sleep(0)
    return result


async def main():
    log("and", False and await probe("x"))
    log("or", True or await probe("y"))
    log("and taken", True and await probe("z", 0))
    log("or taken", 0 or await probe("w", "w"))
    log("chain", await probe("p", 1) and await probe("q", 0) and await probe("r"))
    for c in [True, False]:
        log("ifexp", await probe("a", "A") if c else await probe("b", "B"))
