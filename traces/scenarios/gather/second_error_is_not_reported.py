"""After the first error, later child errors are swallowed: no handler report, still on the child.

gather() raises the first failure. The second child's failure arrives when
the gather is already done; gather marks it retrieved, so the loop's
exception handler is never called (no unhandled event), and the error is
still available from the child task.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.gather
features: gather, tasks, exceptions, exception_handler, sleep
"""
import asyncio
from loopspec import log


async def fail(msg, delay):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def main():
    a = asyncio.create_task(fail("first", 0.1))
    b = asyncio.create_task(fail("second", 0.2))
    try:
        await asyncio.gather(a, b)
    except ValueError as e:
        log("gather raised", e)
    await asyncio.sleep(0.3)
    log("children", a.exception(), b.exception())
