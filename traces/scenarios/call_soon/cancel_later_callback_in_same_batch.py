"""A callback can cancel a handle that sits later in the same batch.

The loop checks each handle's cancelled flag just before running it, so a
callback that cancels a handle queued after it in the current iteration stops
that call; the rest of the batch still runs.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.Handle.cancel
features: call_soon, handles
"""
import asyncio
from loopspec import log


def step(name):
    log("run", name)


def cancel_victim(handles):
    handles["victim"].cancel()
    log("cancelled victim", handles["victim"].cancelled())


def scenario(loop):
    handles = {}
    loop.call_soon(step, "first")
    loop.call_soon(cancel_victim, handles)
    handles["victim"] = loop.call_soon(step, "victim")
    loop.call_soon(step, "last")
    loop.call_soon(loop.stop)
    loop.run_forever()
    log("stopped")
