"""Two tasks that sleep 0.1 s three times in step tie in every round; each round's order is open on its own.

Both tasks start together and always sleep the same delay from the same
moment, so in each of the three rounds their timers share a deadline (0.1,
0.2, then 0.30000000000000004, the float sum). The loop may pick a different
order in each round: 8 interleavings are permitted, and a task never runs a
round ahead of the other.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_later
features: sleep, tasks, time
order: timer-ties
"""
import asyncio
from loopspec import log


async def ticker(name):
    loop = asyncio.get_running_loop()
    for i in range(3):
        await asyncio.sleep(0.1)
        log(name, "round", i, loop.time())


async def main():
    a = asyncio.create_task(ticker("a"), name="a")
    b = asyncio.create_task(ticker("b"), name="b")
    await a
    await b
    log("main done")
