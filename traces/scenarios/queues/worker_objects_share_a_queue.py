"""Worker objects, each with an async run() method and counters on self, drain one queue; join() returns when every item is marked done, then the workers are cancelled.

The usual object-oriented queue program: workers are instances whose
method is the task's coroutine, keeping their state in attributes.

spec: https://docs.python.org/3.11/library/asyncio-queue.html#examples
features: queue, tasks, sleep, cancellation
"""
import asyncio
from loopspec import log


class Worker:
    def __init__(self, name, queue):
        self.name = name
        self.queue = queue
        self.handled = []

    async def run(self):
        while True:
            item = await self.queue.get()
            try:
                await asyncio.sleep(item / 10)
                self.handled.append(item)
                log(self.name, "handled", item)
            finally:
                self.queue.task_done()

    def report(self):
        return f"{self.name}: {len(self.handled)} items, total {sum(self.handled)}"


async def main():
    queue = asyncio.Queue()
    for item in [3, 1, 4, 1, 5, 2]:
        queue.put_nowait(item)
    workers = [Worker(f"w{i}", queue) for i in range(2)]
    tasks = [asyncio.create_task(w.run()) for w in workers]
    await queue.join()
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    log([w.report() for w in workers], [t.cancelled() for t in tasks])
