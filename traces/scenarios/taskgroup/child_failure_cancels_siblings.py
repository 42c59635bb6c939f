"""When a child fails, the TaskGroup cancels the other children and the body, then raises an ExceptionGroup.

The child failing at 0.1 leads to: the sibling cancelled (it logs), the body's
await interrupted by CancelledError, and after all children are done an
ExceptionGroup holding the one error. The cancelled sibling is not an error.

spec: https://docs.python.org/3.11/library/asyncio-task.html#task-groups
features: taskgroup, exception_groups, cancellation, tasks, sleep, time
"""
import asyncio
from loopspec import log


async def failing():
    await asyncio.sleep(0.1)
    raise ValueError("child failed")


async def sibling():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log("sibling cancelled", asyncio.get_running_loop().time())
        raise


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.TaskGroup() as tg:
            f = tg.create_task(failing(), name="failing")
            s = tg.create_task(sibling(), name="sibling")
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                log("body cancelled", loop.time())
                raise
    except ExceptionGroup as eg:
        log("group error", eg, loop.time())
    log("failing", f.exception(), "sibling cancelled", s.cancelled())
