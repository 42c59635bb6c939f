"""After close(), every scheduling call raises RuntimeError('Event loop is closed').

call_soon, call_soon_threadsafe, call_later, call_at, run_forever and
run_until_complete all refuse; stop(), time() and create_future() still work.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.close
features: close, call_soon, call_soon_threadsafe, call_later, call_at, run_forever, run_until_complete, stop, futures
"""
import asyncio
from loopspec import log


def step():
    log("never runs")


def scenario(loop):
    loop.close()
    try:
        loop.call_soon(step)
    except RuntimeError as e:
        log("call_soon", e)
    try:
        loop.call_soon_threadsafe(step)
    except RuntimeError as e:
        log("call_soon_threadsafe", e)
    try:
        loop.call_later(0.1, step)
    except RuntimeError as e:
        log("call_later", e)
    try:
        loop.call_at(0.1, step)
    except RuntimeError as e:
        log("call_at", e)
    try:
        loop.run_forever()
    except RuntimeError as e:
        log("run_forever", e)
    fut = loop.create_future()
    log("create_future works", fut.done())
    try:
        loop.run_until_complete(fut)
    except RuntimeError as e:
        log("run_until_complete", e)
    loop.stop()
    log("stop is harmless", loop.time(), loop.is_closed())
