"""A reader that leaves the data unread runs again in every iteration.

The selector reports the socket readable for as long as data waits in it,
so the reader is queued once per iteration until it reads the data; then
it is not called again, although it stays registered.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.add_reader
features: sockets, call_soon, call_later, run_forever, stop
"""
import asyncio
import socket
from loopspec import log


def tick(loop, n):
    log("tick", n)
    if n < 5:
        loop.call_soon(tick, loop, n + 1)


def scenario(loop):
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    with a, b:
        calls = [0]

        def on_readable():
            calls[0] += 1
            log("readable", calls[0])
            if calls[0] == 3:
                log("read", a.recv(16))

        b.send(b"abc")
        loop.add_reader(a, on_readable)
        loop.call_soon(tick, loop, 0)
        loop.call_later(1, loop.stop)
        loop.run_forever()
        log("removed", loop.remove_reader(a))
