"""functools.partial callbacks run with their bound arguments first, then the loop's; keywords of the call override the partial's.

A partial of a partial flattens into one (its `func` is the innermost
function). Partials go to call_soon, call_later and add_done_callback, the
places asyncio users reach for them.

spec: https://docs.python.org/3.11/library/functools.html#functools.partial
features: call_soon, call_later, futures, sleep
"""
import asyncio
import functools
from functools import partial
from loopspec import log


def show(tag, a, b=0, c=0):
    log(tag, a, b, c)


def show_result(tag, fut):
    log(tag, fut.result())


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(partial(show, "bound first", 1), 2)
    loop.call_later(0.1, functools.partial(show, "keywords", c=3), 1)
    inner = partial(show, "nested", b=5)
    outer = partial(inner, 1, c=6)
    log(outer.func is show, outer.args, outer.keywords)
    outer()
    outer(c=7)
    fut = loop.create_future()
    fut.add_done_callback(partial(show_result, "done cb"))
    fut.set_result(9)
    await asyncio.sleep(0.2)
    try:
        partial(show)()
    except TypeError as e:
        log(e)
    try:
        partial(5)
    except TypeError as e:
        log(e)
