"""An object whose `__await__` returns a done future's iterator gives the result at once; a pending one suspends the task.

`fut.__await__()` yields the future to the task only while it is
pending. Awaiting the wrapper of a done future therefore does not give
the loop a turn (the callback queued before runs later), while the
wrapper of a pending future parks the task until the future's result is
set, and the callback runs first.

spec: https://docs.python.org/3.11/reference/datamodel.html#object.__await__
features: tasks, futures, call_soon, call_later
"""
import asyncio
from loopspec import log


class Wrapper:
    def __init__(self, fut):
        self._fut = fut

    def __await__(self):
        return self._fut.__await__()


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    done.set_result("ready")
    loop.call_soon(log, "callback 1")
    log("done future gives", await Wrapper(done))
    pending = loop.create_future()
    loop.call_soon(log, "callback 2")
    loop.call_later(0.2, pending.set_result, "later")
    log("pending future gives", await Wrapper(pending), loop.time())
