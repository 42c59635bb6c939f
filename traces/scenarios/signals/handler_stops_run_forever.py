"""loop.add_signal_handler(SIGTERM, loop.stop) ends run_forever: the usual shutdown.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#unix-signals
features: signals, run_forever, stop, call_later
"""
import asyncio
import signal
from loopspec import log


def terminate(loop):
    log("sending SIGTERM at", loop.time())
    signal.raise_signal(signal.SIGTERM)


def scenario(loop):
    loop.add_signal_handler(signal.SIGTERM, loop.stop)
    loop.call_later(2, terminate, loop)
    loop.call_later(3, log, "never")
    loop.run_forever()
    log("run_forever returned at", loop.time())
