"""A scenario's exception classes are traced by class name with their args: args are the constructor's arguments unless `__init__` passes others to `super().__init__`.

Attributes set in `__init__` travel with the exception through a task; an
`except` clause naming a base class catches the subclass; raising the
class itself instantiates it without arguments; keyword arguments to an
exception class without `__init__` are a TypeError.

spec: https://docs.python.org/3.11/tutorial/errors.html#user-defined-exceptions
features: tasks, exceptions
"""
import asyncio
from loopspec import log


class AppError(Exception):
    pass


class HttpError(AppError):
    def __init__(self, status, reason="unknown"):
        super().__init__(f"{status} {reason}")
        self.status = status
        self.message = reason


class Timeoutish(HttpError, TimeoutError):
    pass


async def fetch(status):
    await asyncio.sleep(0)
    if status >= 400:
        raise HttpError(status, "bad")
    return status


async def main():
    log(AppError("a", 1), AppError().args, HttpError(404))
    task = asyncio.create_task(fetch(500))
    try:
        await task
    except AppError as e:
        log("caught", e, e.status, e.message, e.args, str(e))
    log(task.exception())
    try:
        raise AppError
    except Exception as e:
        log("class raised", e, type(e).__name__)
    try:
        raise Timeoutish(504, "slow")
    except TimeoutError as e:
        log("as TimeoutError", e, isinstance(e, HttpError), isinstance(e, AppError))
    try:
        AppError(code=1)
    except TypeError as e:
        log("TypeError", e)
    try:
        try:
            await fetch(404)
        except HttpError as e:
            raise AppError("wrapped") from e
    except AppError as e:
        log("chained", e)
