"""A sock_recv that times out removes its reader; the data sent later waits for the next recv.

wait_for cancels the sock_recv task at the deadline; the future's done
callback removes the reader sock_recv installed, so the socket has no
reader left and nothing reads what the peer sends afterwards until the
next sock_recv.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.sock_recv
features: sockets, wait_for, time, asyncio_run
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
        try:
            await asyncio.wait_for(loop.sock_recv(a, 16), 0.1)
        except TimeoutError as e:
            log("timed out at", loop.time(), type(e).__name__)
        log("reader left", loop.remove_reader(a))
        b.send(b"after")
        await asyncio.sleep(0.1)
        log("received", await loop.sock_recv(a, 16), "at", loop.time())
