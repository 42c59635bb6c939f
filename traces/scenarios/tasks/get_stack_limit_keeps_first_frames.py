"""get_stack(limit=N) keeps at most N frames; a limit of zero or below keeps none.

The limit counts frames from the oldest: for a suspended task (one
frame) any positive limit keeps it, and 0 or a negative limit gives an
empty list; print_stack(limit=...) then writes `No stack for`.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task.get_stack
features: tasks, sleep
"""
import asyncio
import io
from loopspec import log


async def worker():
    await asyncio.sleep(1)


async def main():
    t = asyncio.create_task(worker(), name="worker")
    await asyncio.sleep(0)
    for limit in [None, 2, 1, 0, -1]:
        log(limit, [(f.f_code.co_name, f.f_lineno) for f in t.get_stack(limit=limit)])
    buf = io.StringIO()
    t.print_stack(limit=0, file=buf)
    log(buf.getvalue())
    t.cancel()
