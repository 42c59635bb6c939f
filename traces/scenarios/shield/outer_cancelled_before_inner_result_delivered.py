"""An outer future cancelled in the iteration its shielded future completes stays cancelled: the result is not delivered.

The inner future's outcome reaches the outer one through a callback that
runs one iteration later. When the outer future is cancelled in between,
that callback finds it cancelled, takes the inner exception as retrieved
and leaves the outer future alone.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.shield
features: shield, cancellation, futures, sleep
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    inner = loop.create_future()
    outer = asyncio.shield(inner)
    inner.set_exception(ValueError("not delivered"))
    log("outer cancel", outer.cancel())
    await asyncio.sleep(0)
    log("outer cancelled", outer.cancelled(), "inner", inner.exception())
    done = loop.create_future()
    wrapped = asyncio.shield(done)
    done.set_result(5)
    wrapped.cancel()
    await asyncio.sleep(0)
    log("wrapped cancelled", wrapped.cancelled(), "done", done.result())
