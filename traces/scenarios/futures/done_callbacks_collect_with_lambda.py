"""Done callbacks written as lambdas collect task results in completion order, each scheduled with call_soon when its task finishes.

The idiom `t.add_done_callback(lambda t: results.append(t.result()))`:
the callbacks run one loop iteration after each task completes, so a
task that finishes at the same time as a sleep is seen in the order the
loop runs the callbacks.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.Future.add_done_callback
features: tasks, sleep, futures
"""
import asyncio
from loopspec import log


async def work(n):
    await asyncio.sleep(0.1 * (3 - n))
    return n * 10


async def main():
    results = []
    tasks = []
    for n in range(3):
        t = asyncio.create_task(work(n))
        t.add_done_callback(lambda t, n=n: results.append((n, t.result())))
        tasks.append(t)
    await asyncio.sleep(0.2)
    log("at 0.2", results)
    await asyncio.gather(*tasks)
    log("after gather", results)
    await asyncio.sleep(0)
    log("one more pass", results)
