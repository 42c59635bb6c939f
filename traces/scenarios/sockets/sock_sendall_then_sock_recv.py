"""sock_sendall of a few bytes and sock_recv of data already there finish without yielding.

sock_sendall sends at once and returns when everything fit; sock_recv
reads at once when data waits. Neither suspends the task, so a callback
queued before them runs only after both: the task reaches its next
await first.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.sock_sendall
features: sockets, call_soon, sleep, asyncio_run
"""
import asyncio
import socket
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    with a, b:
        loop.call_soon(log, "callback")
        log("sendall", await loop.sock_sendall(b, b"hello"))
        log("received", await loop.sock_recv(a, 3))
        log("received", await loop.sock_recv(a, 16))
        await asyncio.sleep(0)
        await loop.sock_sendall(a, b"\x00\xff back")
        log("peer received", await loop.sock_recv(b, 16))
