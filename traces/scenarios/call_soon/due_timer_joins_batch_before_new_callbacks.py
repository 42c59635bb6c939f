"""A timer that falls due joins the current batch, ahead of callbacks that batch queues.

At the start of each iteration the loop appends due timers to the ready queue,
then runs exactly that many callbacks. Here the timer runs after the callback
and the task step that were already ready, but before the callback queued
during the same iteration, which has to wait for the next one.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_later
features: call_soon, call_later, sleep, tasks
"""
import asyncio
from loopspec import log


def step(name):
    log("run", name)


def spawn(loop):
    log("run", "spawner")
    loop.call_soon(step, "spawned")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, step, "timer")
    loop.call_soon(spawn, loop)
    await asyncio.sleep(0)
    log("main resumed")
    await asyncio.sleep(0)
    log("main resumed again")
