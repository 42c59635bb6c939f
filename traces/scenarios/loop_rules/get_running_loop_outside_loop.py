"""get_running_loop() raises RuntimeError when no loop is running, even if one is current.

Outside run_forever it raises 'no running event loop' although the harness
loop is set as current; inside a callback it returns that loop; after the run
it raises again.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.get_running_loop
features: event_loop_policy, call_soon, run_forever, stop
"""
import asyncio
from loopspec import log


def probe(loop):
    log("inside: running loop is loop?", asyncio.get_running_loop() is loop)
    loop.stop()


def scenario(loop):
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        log("before run", e)
    loop.call_soon(probe, loop)
    loop.run_forever()
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        log("after run", e)
