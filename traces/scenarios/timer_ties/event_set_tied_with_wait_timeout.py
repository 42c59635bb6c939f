"""asyncio.wait(timeout=0.1) on a task waiting for an Event that a timer sets at 0.1: done or pending depends on the tie.

The Event is set by call_later(0.1) and wait()'s own timeout is also due at
0.1. If the setter runs first, the waiting task is woken before main and
finishes before main resumes, so wait() reports it done. If wait()'s
timeout runs first, main resumes before the task's wakeup and sees it
pending; the task finishes in the same iteration anyway. Both traces are
permitted.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.wait
features: wait, event, call_later, tasks, sleep
order: timer-ties
"""
import asyncio
from loopspec import log


async def listener(event):
    await event.wait()
    log("listener saw the event")
    return "heard"


async def main():
    loop = asyncio.get_running_loop()
    event = asyncio.Event()
    t = asyncio.create_task(listener(event), name="listener")
    loop.call_later(0.1, event.set)
    done, pending = await asyncio.wait([t], timeout=0.1)
    log("done", len(done), "pending", len(pending))
    await asyncio.sleep(0)
    log("listener", t.done(), t.result())
