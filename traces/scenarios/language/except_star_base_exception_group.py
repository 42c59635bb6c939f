"""`except*` on a BaseExceptionGroup: each clause gets its part as an ExceptionGroup when the part holds only Exceptions and as a BaseExceptionGroup otherwise, and the same rule shapes the rest that is raised again.

BaseExceptionGroup(msg, excs) makes an ExceptionGroup when every member is
an Exception. A naked BaseException is handed to its clause wrapped in a
BaseExceptionGroup; `except* BaseException` takes a group whole; naming
BaseExceptionGroup in `except*` is a TypeError. A TaskGroup whose children
fail with a scenario's BaseException subclass (not KeyboardInterrupt or
SystemExit, which it treats apart) and with a ValueError raises a
BaseExceptionGroup of both, which `except*` takes apart.

spec: https://docs.python.org/3.11/library/exceptions.html#BaseExceptionGroup
features: taskgroup, tasks, sleep, exceptions, exception_groups
"""
import asyncio
from loopspec import log


class Halt(BaseException):
    pass


async def child(name, exc, delay):
    await asyncio.sleep(delay)
    if exc is not None:
        raise exc
    log("child done", name)


async def main():
    mixed = BaseExceptionGroup("mixed", [ValueError("v"), Halt("h"), BaseExceptionGroup("inner", [KeyError("k")])])
    log(type(mixed).__name__, type(mixed.exceptions[2]).__name__, mixed)
    try:
        raise mixed
    except* ValueError as eg:
        log("values", type(eg).__name__, eg)
    except* LookupError as eg:
        log("lookups", type(eg).__name__, eg)
    except* Halt as eg:
        log("halt", type(eg).__name__, eg)
    try:
        try:
            raise BaseExceptionGroup("rest", [ValueError("v"), Halt("h")])
        except* ValueError:
            log("took the values")
    except BaseExceptionGroup as eg:
        log("rest", type(eg).__name__, eg, isinstance(eg, Exception))
    try:
        try:
            raise BaseExceptionGroup("rest", [ValueError("v"), Halt("h")])
        except* Halt:
            log("took the halt")
    except Exception as eg:
        log("rest", type(eg).__name__, eg, isinstance(eg, Exception))
    try:
        raise Halt("naked")
    except* Halt as eg:
        log("wrapped", type(eg).__name__, eg)
    try:
        raise BaseExceptionGroup("whole", [Halt("h"), ValueError("v")])
    except* BaseException as eg:
        log("whole", type(eg).__name__, eg)
    try:
        try:
            raise Halt("h")
        except* BaseExceptionGroup:
            log("never")
    except TypeError as e:
        log(e)
    await asyncio.sleep(0)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("slow", None, 1))
            tg.create_task(child("halter", Halt("stop"), 0))
            tg.create_task(child("failer", ValueError("bad"), 0))
    except* Halt as eg:
        log("taskgroup halt", type(eg).__name__, eg)
    except* ValueError as eg:
        log("taskgroup value", type(eg).__name__, eg)
    log("after", asyncio.get_running_loop().time())
