"""sock_recv on an empty socket waits until the data a timer sends arrives.

sock_recv tries recv at once; with nothing to read it installs a reader
and waits. The timer's send makes the socket readable; the next select finds
it, so the reader runs in the next iteration, behind a callback the
send scheduled, completes the future and removes itself: the socket
has no reader afterwards.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.sock_recv
features: sockets, call_later, time, asyncio_run
"""
import asyncio
import socket
from loopspec import log


def send(sock, data):
    loop = asyncio.get_running_loop()
    log("send at", loop.time())
    sock.send(data)
    loop.call_soon(log, "callback scheduled with the send")


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    with a, b:
        loop.call_later(0.5, send, b, b"late")
        data = await loop.sock_recv(a, 16)
        log("received", data, "at", loop.time())
        log("reader left", loop.remove_reader(a))
