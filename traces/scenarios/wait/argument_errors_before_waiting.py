"""asyncio.wait checks its arguments before it waits: a future where an iterable belongs, or an unknown return_when, is refused.

A future passed where an iterable belongs is a TypeError naming its type; a
return_when other than the three constants is a ValueError naming it.
Neither waits, so the task is still pending afterwards. (An empty iterable:
wait/empty_raises_value_error.)

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.wait
features: wait, tasks, sleep
"""
import asyncio
from loopspec import log


async def main():
    t = asyncio.create_task(asyncio.sleep(0.1))
    for args in ((t,), ([t], "SOMETIME")):
        try:
            if len(args) == 1:
                await asyncio.wait(args[0])
            else:
                await asyncio.wait(args[0], return_when=args[1])
        except (TypeError, ValueError) as e:
            log(type(e).__name__, str(e))
    log("still pending", not t.done())
    await t
