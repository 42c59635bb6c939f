"""Of two tied timers that each cancel the other, exactly one runs: whichever the loop picks first.

Both callbacks are due at t=0.1 and reach the ready queue together. The one
that runs first cancels its partner's TimerHandle, and a handle cancelled
while it waits in the ready queue is skipped. So the trace shows either
"a runs" or "b runs", never both, and cancelled() is true for the other
handle only.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.TimerHandle
features: call_later, handles, sleep
order: timer-ties
"""
import asyncio
from loopspec import log


def fire(name, handles):
    other = "b" if name == "a" else "a"
    log(name, "runs, cancels", other)
    handles[other].cancel()


async def main():
    loop = asyncio.get_running_loop()
    handles = {}
    handles["a"] = loop.call_later(0.1, fire, "a", handles)
    handles["b"] = loop.call_later(0.1, fire, "b", handles)
    await asyncio.sleep(0.2)
    log("cancelled", handles["a"].cancelled(), handles["b"].cancelled())
