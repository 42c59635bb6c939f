"""A task cancelled inside `async with` on an object of a scenario's class: `__aexit__` receives the CancelledError and runs its cleanup before the task ends cancelled.

Returning a false value lets the cancellation go on; the cleanup awaits
(a sleep) and still completes, as `finally` blocks do.

spec: https://docs.python.org/3.11/library/asyncio-task.html#task-cancellation
features: cancellation, tasks, sleep
"""
import asyncio
from loopspec import log


class Transaction:
    def __init__(self, name):
        self.name = name
        self.state = "new"

    async def __aenter__(self):
        self.state = "open"
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.state = "rolling back" if exc_type is not None else "committing"
        log(self.name, self.state, exc_type is asyncio.CancelledError)
        await asyncio.sleep(0.1)
        self.state = "closed"
        log(self.name, "closed")
        return False


async def job(tx):
    async with tx:
        await asyncio.sleep(1)
        log("never")


async def main():
    tx = Transaction("t1")
    task = asyncio.create_task(job(tx))
    await asyncio.sleep(0.5)
    task.cancel("shutdown")
    try:
        await task
    except asyncio.CancelledError as e:
        log("cancelled", e.args, tx.state, asyncio.get_running_loop().time())
