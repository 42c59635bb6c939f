"""Reading a captured variable before it is bound, or after `del`, raises NameError naming the free variable; wrong calls name the function `outer.<locals>.inner`.

In the function that binds the variable the same read is an
UnboundLocalError; in the nested function it is a NameError, as CPython
distinguishes a cell from a free variable.

spec: https://docs.python.org/3.11/reference/executionmodel.html#resolution-of-names
features: exceptions, sleep
"""
import asyncio
from loopspec import log


async def main():
    def read():
        return value

    try:
        read()
    except NameError as e:
        log("inner", e)
    try:
        log(value)
    except UnboundLocalError as e:
        log("here", e)
    value = 1
    await asyncio.sleep(0)
    log(read())
    del value
    try:
        read()
    except NameError as e:
        log("after del", e)
    add = lambda a, b: a + b
    try:
        add(1)
    except TypeError as e:
        log(e)
    try:
        add(1, 2, 3)
    except TypeError as e:
        log(e)
    try:
        read(1)
    except TypeError as e:
        log(e)
