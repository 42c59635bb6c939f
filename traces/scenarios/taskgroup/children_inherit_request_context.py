"""TaskGroup children start from the context the parent had when each was created, and tag their own work without touching the parent's.

A parent task sets a tenant, then fans out per-item children in a
TaskGroup; each child adds its own item id in a second ContextVar. When one
child fails, the error handler in the parent still sees the parent's
values, not the child's.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.TaskGroup
features: contextvars, taskgroup, sleep, exception_groups
"""
import asyncio
from contextvars import ContextVar
from loopspec import log

TENANT = ContextVar("tenant", default="?")
ITEM = ContextVar("item", default=None)


async def process(item, delay):
    ITEM.set(item)
    await asyncio.sleep(delay)
    log("processed", TENANT.get(), ITEM.get())
    if item == "bad":
        raise ValueError(item)


async def batch(tenant, items):
    TENANT.set(tenant)
    try:
        async with asyncio.TaskGroup() as tg:
            for item, delay in items:
                tg.create_task(process(item, delay))
        log("batch ok", TENANT.get(), ITEM.get())
    except* ValueError as eg:
        log("batch failed", TENANT.get(), ITEM.get(), [str(e) for e in eg.exceptions])


async def main():
    await asyncio.gather(batch("acme", [("a1", 0.1), ("a2", 0.3)]),
                         batch("globex", [("g1", 0.15), ("bad", 0.2), ("g3", 0.25)]))
    log("main", TENANT.get(), ITEM.get())
