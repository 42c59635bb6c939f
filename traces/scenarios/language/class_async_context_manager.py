"""`async with` on an object of a scenario's class awaits its `__aenter__`, binds what that returns, and awaits `__aexit__` with the exception's class, the exception and its traceback when the body raises.

A true result from `__aexit__` swallows the exception; a false one lets
it propagate. With two items, the second is entered after the first and
exited before it, and a failure entering the second still exits the
first.

spec: https://docs.python.org/3.11/reference/datamodel.html#asynchronous-context-managers
features: sleep, exceptions
"""
import asyncio
from loopspec import log


class Connection:
    def __init__(self, name, swallow=False, fail_enter=False):
        self.name = name
        self.swallow = swallow
        self.fail_enter = fail_enter

    async def __aenter__(self):
        await asyncio.sleep(0)
        if self.fail_enter:
            raise ConnectionFailed(self.name)
        log("open", self.name)
        return self.name + "-session"

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        log("close", self.name, exc_type is None, exc)
        if exc_type is not None:
            log("exc type is ValueError", exc_type is ValueError, isinstance(exc, exc_type))
        return self.swallow


class ConnectionFailed(Exception):
    pass


async def main():
    async with Connection("a") as session:
        log("inside", session)
    async with Connection("b", swallow=True):
        raise ValueError("swallowed")
    log("after b")
    try:
        async with Connection("c"):
            raise ValueError("kept")
    except ValueError as e:
        log("propagated", e)
    try:
        async with Connection("outer") as o, Connection("inner", fail_enter=True) as i:
            log("never", o, i)
    except ConnectionFailed as e:
        log("enter failed", e)
    try:
        async with Connection("d", swallow=True):
            raise ConnectionFailed("custom")
    finally:
        log("custom swallowed")
