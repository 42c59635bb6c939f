"""A `@property` is computed on each read, wins over an instance attribute of the same name, and cannot be assigned or deleted without a setter.

Assigning to it raises AttributeError "property 'x' of 'C' object has no
setter" (CPython 3.11's wording), deleting it "... has no deleter".

spec: https://docs.python.org/3.11/library/functions.html#property
features: futures
"""
import asyncio
from loopspec import log


class Job:
    def __init__(self, loop):
        self.future = loop.create_future()
        self.reads = 0

    @property
    def state(self):
        self.reads += 1
        if self.future.cancelled():
            return "cancelled"
        return "done" if self.future.done() else "pending"


async def main():
    job = Job(asyncio.get_running_loop())
    log(job.state, job.reads)
    job.future.set_result(1)
    log(job.state, job.state, job.reads)
    try:
        job.state = "forced"
    except AttributeError as e:
        log("set", e)
    try:
        del job.state
    except AttributeError as e:
        log("del", e)
    log(job.state, job.reads)
