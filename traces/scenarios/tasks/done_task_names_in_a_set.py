"""The names of the finished tasks, gathered into a set; membership, len and set difference tell which tasks are still pending.

The set is logged sorted by the trace, whatever order CPython keeps it in,
and sorted(...) gives that order in the program; zip pairs each name with
its delay.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task.done
features: tasks, sleep, wait
"""
import asyncio
from loopspec import log


async def job(delay):
    await asyncio.sleep(delay)
    return delay


def finished_names(tasks):
    done = set()
    for t in tasks:
        if t.done():
            done.add(t.get_name())
    return done


async def main():
    names = {"fetch", "parse", "store", "index"}
    tasks = []
    for name, delay in zip(sorted(names), (0.3, 0.1, 0.4, 0.2)):
        tasks.append(asyncio.create_task(job(delay), name=name))
    await asyncio.sleep(0.25)
    done = finished_names(tasks)
    log("done", done, "pending", names - done, len(done), "store" in done, "index" in done)
    await asyncio.wait(tasks)
    done = finished_names(tasks)
    log("all done", done == names, sorted(done)[:2], max(done), min(done))
