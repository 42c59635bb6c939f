"""A writer on a socket with room in its buffer runs at the next select.

An empty socket is writable at once, so the writer is queued by the
select of the iteration after the one that added it, behind what was
ready, and runs in every iteration until it is removed.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.add_writer
features: sockets, call_soon, call_later, run_forever, stop
"""
import asyncio
import socket
from loopspec import log


def tick(loop, n):
    log("tick", n)
    if n < 4:
        loop.call_soon(tick, loop, n + 1)


def scenario(loop):
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    with a, b:
        calls = [0]

        def on_writable():
            calls[0] += 1
            log("writable", calls[0])
            if calls[0] == 2:
                log("removed", loop.remove_writer(a))

        def watch():
            log("add_writer")
            loop.add_writer(a, on_writable)

        loop.call_soon(tick, loop, 0)
        loop.call_soon(watch)
        loop.call_later(1, loop.stop)
        loop.run_forever()
        log("removed again", loop.remove_writer(a))
