"""gather over a list comprehension of coroutines: the children become tasks in list order and the results come back in that order.

The idiom `await asyncio.gather(*[work(i) for i in ...])`, with the
comprehension also used to read the results and a dict comprehension to
index them.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.gather
features: gather, tasks, sleep
"""
import asyncio
from loopspec import log


async def work(i):
    await asyncio.sleep(0.1 * (3 - i))
    log("work done", i)
    return i * i


async def main():
    results = await asyncio.gather(*[work(i) for i in range(3)])
    log(results, {str(r): r for r in results})
    tasks = [asyncio.create_task(work(i), name=f"w{i}") for i in range(2)]
    log([t.get_name() for t in tasks], [t.done() for t in tasks])
    await asyncio.sleep(0.25)
    log([t.done() for t in tasks])
    log(await asyncio.gather(*tasks))
