"""call_at takes an absolute time on the loop's clock; call_later is relative to now.

After the clock reached 0.1, call_at(0.3) is due at 0.3 while call_later(0.1)
is due at 0.2: when() shows both deadlines and the callbacks run at them.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_at
features: call_at, call_later, handles, time, sleep
"""
import asyncio
from loopspec import log


def step(name, loop):
    log("run", name, loop.time())


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.1)
    log("now", loop.time())
    at = loop.call_at(0.3, step, "call_at(0.3)", loop)
    later = loop.call_later(0.1, step, "call_later(0.1)", loop)
    log("when", at.when(), later.when())
    await asyncio.sleep(0.3)
    log("done", loop.time())
