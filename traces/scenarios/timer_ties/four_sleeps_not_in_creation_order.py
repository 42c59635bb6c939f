"""Four tied sleeps need not wake in the order the tasks were created.

Tasks w1..w4 each sleep 0.1 s from t=0. CPython keeps timers in a heap
that compares deadlines only, so for four equal deadlines it does not wake
them first-in first-out; the golden shows its order, and every one of the
24 orders is permitted. Each task then records its position in a shared
list, which main logs once all have woken.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_later
features: sleep, tasks
order: timer-ties
"""
import asyncio
from loopspec import log


async def napper(name, woken):
    await asyncio.sleep(0.1)
    woken.append(name)
    log(name, "woke", len(woken))


async def main():
    woken = []
    for i in range(1, 5):
        asyncio.create_task(napper("w" + str(i), woken))
    await asyncio.sleep(0.2)
    log("wake order", woken)
