"""sock_recv on an empty socket waits until the data a timer sends arrives.

sock_recv tries recv at once; with nothing to read it installs a reader
and waits. The timer's send makes the socket readable, the reader
completes the future in the next iteration and removes itself, so the
socket has no reader afterwards.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.sock_recv
features: sockets, call_later, time, asyncio_run
"""
import asyncio
import socket
from loopspec import log


def send(sock, data):
    log("send at", asyncio.get_running_loop().time())
    sock.send(data)


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    with a, b:
        loop.call_later(0.5, send, b, b"late")
        loop.call_later(0.5, log, "timer after the send")
        data = await loop.sock_recv(a, 16)
        log("received", data, "at", loop.time())
        log("reader left", loop.remove_reader(a))
