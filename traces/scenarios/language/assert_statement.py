"""`assert` raises AssertionError with its message when the test is false; the message is evaluated only then.

A failed assert inside a task makes the task fail with AssertionError,
which awaiting it re-raises.

spec: https://docs.python.org/3.11/reference/simple_stmts.html#the-assert-statement
features: tasks, exceptions
"""
import asyncio
from loopspec import log


def message(text):
    log("message evaluated", text)
    return text


async def checked(n):
    await asyncio.sleep(0)
    assert n > 0, message("n must be positive")
    return n


async def main():
    assert True, message("never")
    try:
        assert 1 > 2
    except AssertionError as e:
        log("bare", e, e.args)
    log("ok", await checked(3))
    task = asyncio.create_task(checked(-1))
    try:
        await task
    except AssertionError as e:
        log("task failed", e, task.exception())
