"""A scenario's subclass of BaseException raised in a task only fails that task: `except Exception` lets it through, its own class or BaseException catches it, and left uncaught in main it ends the run.

asyncio re-raises KeyboardInterrupt and SystemExit out of the loop, but any
other BaseException is stored as the task's exception like an Exception:
awaiting the task raises it, exception() returns it, done callbacks run,
gather(return_exceptions=True) returns it, and the loop goes on. When main
does not catch it, main's task fails with it, Runner still cancels the
tasks left over, and the run ends by raising it.

spec: https://docs.python.org/3.11/library/exceptions.html#BaseException
features: tasks, sleep, gather, cancellation, exceptions
"""
import asyncio
from loopspec import log


class Abort(BaseException):
    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


class HardAbort(Abort):
    pass


async def worker(name, exc):
    await asyncio.sleep(0.1)
    if exc is not None:
        raise exc
    log("worker done", name)
    return name


async def bystander():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log("bystander cancelled")
        raise


async def main():
    t = asyncio.create_task(worker("a", Abort("a")))
    t.add_done_callback(lambda task: log("done callback", task.exception()))
    try:
        try:
            await t
        except Exception as e:
            log("never", e)
    except Abort as e:
        log("caught", e, e.reason, e.args, isinstance(e, Exception), isinstance(e, BaseException))
    log(t.done(), t.cancelled(), t.exception(), type(t.exception()).__name__)
    results = await asyncio.gather(worker("b", None), worker("c", Abort("c")), return_exceptions=True)
    log("gathered", results)
    u = asyncio.create_task(worker("d", HardAbort("d")))
    await asyncio.sleep(0.2)
    try:
        u.result()
    except BaseException as e:
        log("loop went on", e, isinstance(e, Abort))
    asyncio.create_task(bystander())
    await asyncio.create_task(worker("e", HardAbort("e")))
    log("never reached")
