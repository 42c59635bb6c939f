"""A task runs in a copy of the context current when it was created: it sees the creator's values as they were then, and what it sets never reaches the creator.

The copy is taken at create_task, not when the task first runs: a set by
the creator between the two is not seen. The task keeps its one context
across its awaits, and coroutines it awaits inline share it. Sibling tasks
each have their own copy.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.create_task
features: contextvars, tasks, sleep
"""
import asyncio
from contextvars import ContextVar
from loopspec import log

STAGE = ContextVar("stage", default="none")


async def helper(tag):
    log(tag, "helper sees", STAGE.get())
    STAGE.set(tag + ":helper")


async def worker(tag, delay):
    log(tag, "starts with", STAGE.get())
    STAGE.set(tag)
    await asyncio.sleep(delay)
    log(tag, "after sleep", STAGE.get())
    await helper(tag)
    log(tag, "after helper", STAGE.get())
    return STAGE.get()


async def main():
    STAGE.set("before")
    a = asyncio.create_task(worker("a", 0.1))
    STAGE.set("between")
    b = asyncio.create_task(worker("b", 0.2))
    STAGE.set("after")
    log("main", STAGE.get())
    log("results", await a, await b)
    log("main still", STAGE.get())
