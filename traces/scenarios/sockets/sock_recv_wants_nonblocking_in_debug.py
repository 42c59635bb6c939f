"""In debug mode sock_recv and sock_sendall refuse a blocking socket with ValueError.

The check runs only in debug mode, before anything is read or sent;
a socket made by socketpair() is blocking until setblocking(False).

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.sock_recv
features: sockets, debug, asyncio_run
"""
import asyncio
import socket
from loopspec import log


async def body():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    with a, b:
        try:
            await loop.sock_recv(a, 16)
        except ValueError as e:
            log("sock_recv", type(e).__name__, str(e))
        try:
            await loop.sock_sendall(b, b"x")
        except ValueError as e:
            log("sock_sendall", type(e).__name__, str(e))
        a.setblocking(False)
        b.setblocking(False)
        await loop.sock_sendall(b, b"ok")
        log("received", await loop.sock_recv(a, 16))


def scenario():
    asyncio.run(body(), debug=True)
