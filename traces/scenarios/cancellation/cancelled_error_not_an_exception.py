"""CancelledError is a BaseException: `except Exception` does not catch it.

The cancellation passes through the task's `except Exception` handler,
reaches the `except BaseException` one around it, and the task ends
cancelled after re-raising.

spec: https://docs.python.org/3.11/library/asyncio-exceptions.html#asyncio.CancelledError
features: tasks, cancellation, exceptions, sleep
"""
import asyncio
from loopspec import log


async def worker():
    try:
        try:
            await asyncio.sleep(1)
        except Exception as e:
            log("except Exception", e)
    except BaseException as e:
        log("except BaseException", e)
        raise


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    log("task", t.cancelled())
