"""KeyboardInterrupt raised by a callback escapes run_forever; the loop stays usable.

It is not sent to the exception handler. The callbacks left in the
interrupted batch stay queued and run first on the next run_forever, together
with those queued during the interrupted batch.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.run_forever
features: keyboard_interrupt, call_soon, run_forever, stop
"""
import asyncio
from loopspec import log


def step(name):
    log("run", name)


def spawn(loop):
    log("run", "spawner")
    loop.call_soon(step, "spawned")


def interrupt():
    raise KeyboardInterrupt()


def scenario(loop):
    loop.call_soon(spawn, loop)
    loop.call_soon(interrupt)
    loop.call_soon(step, "left over")
    try:
        loop.run_forever()
    except KeyboardInterrupt as e:
        log("escaped", e, loop.is_running(), loop.is_closed())
    loop.call_soon(loop.stop)
    loop.run_forever()
    log("second run returned")
