"""After run_until_complete() stopped early, the future finishing in a later run_forever() does not stop that run.

run_until_complete(fut) adds a done callback to fut that stops the loop, and
removes it in a finally clause however run_forever ended. Here a timer
stops the loop at 0.1, before fut is done: run_until_complete raises
RuntimeError. In the following run_forever, fut gets its result at 0.2;
the scenario's own done callback runs, but nothing stops the loop: the timer
at 0.3 still runs and the run ends at 0.4, when its own stop timer fires.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.run_until_complete
features: run_until_complete, run_forever, stop, futures, call_later, time
"""
import asyncio
from loopspec import log


def on_done(fut):
    log("done callback", fut.result(), fut.get_loop().time())


def step(name, loop):
    log("run", name, loop.time())


def scenario(loop):
    fut = loop.create_future()
    fut.add_done_callback(on_done)
    loop.call_later(0.1, loop.stop)
    try:
        loop.run_until_complete(fut)
    except RuntimeError as e:
        log("first run", e, loop.time(), fut.done())
    loop.call_later(0.1, fut.set_result, "value")
    loop.call_later(0.2, step, "timer after the result", loop)
    loop.call_later(0.3, loop.stop)
    loop.run_forever()
    log("run_forever returned", loop.time(), fut.result())
