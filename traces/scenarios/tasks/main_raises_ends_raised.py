"""An exception escaping main ends the run with it, after a task's error reached main.

main awaits a failing task and lets the error propagate; the Runner
returns nothing and the run ends raised with that exception.

spec: https://docs.python.org/3.11/library/asyncio-runner.html#asyncio.Runner.run
features: tasks, exceptions, runner, sleep
"""
import asyncio
from loopspec import log


async def fail():
    await asyncio.sleep(0.1)
    raise ZeroDivisionError("division by zero")


async def main():
    t = asyncio.create_task(fail())
    log("waiting")
    await t
    log("not reached")
