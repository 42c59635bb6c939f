"""A bound method is a callback like any function: call_soon, call_later and add_done_callback call it with its instance first; async methods make coroutines for tasks.

Two reads of `obj.method` give equal bound methods (same instance, same
function), so `remove_done_callback(obj.method)` finds the one added.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_soon
features: call_soon, call_later, futures, tasks, sleep
"""
import asyncio
from loopspec import log


class Recorder:
    def __init__(self, name):
        self.name = name
        self.events = []

    def note(self, what):
        self.events.append(what)
        log(self.name, "note", what)

    def on_done(self, fut):
        self.note("done " + str(fut.result()))

    async def work(self, n):
        await asyncio.sleep(n)
        self.note(f"worked {n}")
        return n * 10


async def main():
    loop = asyncio.get_running_loop()
    r = Recorder("r")
    loop.call_soon(r.note, "soon")
    loop.call_later(0.1, r.note, "later")
    fut = loop.create_future()
    fut.add_done_callback(r.on_done)
    fut.add_done_callback(r.on_done)
    log("removed", fut.remove_done_callback(r.on_done), r.on_done == r.on_done,
        r.on_done == Recorder("other").on_done)
    fut.set_result(7)
    task = asyncio.create_task(r.work(0.2))
    log("task result", await task, task.done())
    log(r.events)
