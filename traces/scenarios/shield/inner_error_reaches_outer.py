"""A shielded task that fails passes its exception on to the outer future, and the caller's await raises it.

shield() copies the inner outcome to the outer future in a done callback:
an exception is set on the outer future as it is, and the inner task's
exception counts as retrieved.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.shield
features: shield, exceptions, tasks, sleep
"""
import asyncio
from loopspec import log


async def fragile():
    await asyncio.sleep(0.1)
    raise KeyError("gone")


async def main():
    inner = asyncio.create_task(fragile())
    outer = asyncio.shield(inner)
    try:
        await outer
    except KeyError as e:
        log("caller got", e)
    log("outer", outer.exception(), "same", outer.exception() is inner.exception())
