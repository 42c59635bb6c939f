"""A reader runs in the iteration after the peer's send, behind what was ready already.

The peer sends from a callback; data a send puts into a socketpair is
readable at once, so the next iteration's select finds the socket readable
and queues its reader behind the callbacks already in the ready queue. A
chain of call_soon callbacks counts the iterations.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.add_reader
features: sockets, call_soon, call_later, run_forever, stop
"""
import asyncio
import socket
from loopspec import log


def tick(loop, n):
    log("tick", n)
    if n < 3:
        loop.call_soon(tick, loop, n + 1)


def send(sock, data):
    log("send", sock.send(data))


def scenario(loop):
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    with a, b:
        def on_readable():
            log("readable", a.recv(16))
            log("removed", loop.remove_reader(a))

        loop.add_reader(a, on_readable)
        loop.call_soon(tick, loop, 0)
        loop.call_soon(send, b, b"ping")
        loop.call_later(1, loop.stop)
        loop.run_forever()
