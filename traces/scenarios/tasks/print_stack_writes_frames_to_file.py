"""Task.print_stack(file=...) writes `Stack for <task> (most recent call last):` and a line per frame, or `No stack for <task>`.

print_stack() formats what get_stack() lists as a traceback does: a
header naming the task by its repr, then `File "...", line N, in name`
for each frame. The runner compiles the scenario under a name no
source file answers to, so no source line follows. A task without
frames (here one that was cancelled) gets a one-line `No stack for`.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task.print_stack
features: tasks, sleep, cancellation, reprs
"""
import asyncio
import io
from loopspec import log


def printed(task):
    buf = io.StringIO()
    task.print_stack(file=buf)
    return buf.getvalue()


async def worker():
    await asyncio.sleep(1)


async def main():
    t = asyncio.create_task(worker(), name="worker")
    log(printed(t))
    await asyncio.sleep(0)
    log(printed(t))
    t.cancel()
    await asyncio.sleep(0)
    log(printed(t))
