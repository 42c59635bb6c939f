"""The `else` of `for` and `while` runs when the loop ends without `break`; a `break` skips it.

An `else` clause may await like any block; `break` and `continue` inside
it belong to the enclosing loop.

spec: https://docs.python.org/3.11/reference/compound_stmts.html#the-for-statement
features: sleep, time
"""
import asyncio
from loopspec import log


async def find(items, wanted):
    for item in items:
        await asyncio.sleep(0.1)
        if item == wanted:
            log("found", wanted)
            break
    else:
        log("not found", wanted)
        await asyncio.sleep(1)
    return asyncio.get_running_loop().time()


async def main():
    log("done at", await find([1, 2, 3], 2))
    log("done at", await find([1, 2], 5))
    n = 0
    while n < 2:
        n += 1
    else:
        log("while else", n)
    for outer in range(3):
        for inner in []:
            pass
        else:
            if outer == 1:
                continue
            log("inner else", outer)
