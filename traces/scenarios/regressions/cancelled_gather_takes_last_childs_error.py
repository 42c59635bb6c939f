"""A cancelled gather raises the last child's CancelledError, not the last to finish.

gather(t, f, return_exceptions=True) is cancelled with a message: both
children are cancelled. CPython's gather then calls _make_cancelled_error()
on `fut`, which at that point is the loop variable of its results loop: the
last child in argument order (f), not the child whose completion ran the
callback (t). So t keeps its own CancelledError('m1') for whoever retrieves
it first: awaiting t raises CancelledError('m1').

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.gather
features: gather, cancellation, sleep, futures
"""
import asyncio
from loopspec import log


async def sleeper():
    await asyncio.sleep(1)


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    g = asyncio.gather(t, f, return_exceptions=True)
    g.cancel("m1")
    try:
        await g
    except asyncio.CancelledError as e:
        log("gather raised", e)
    try:
        await t
    except asyncio.CancelledError as e:
        log("child raises", e)
