"""While a transport owns a socket, add_reader, add_writer, their removals and a waiting sock_recv raise RuntimeError.

The loop refuses to watch a descriptor that a transport which is not
closing uses. sock_recv tries the socket first and is refused only when it
would have to wait; sock_sendall of what the kernel takes at once goes
through. Once the transport is closing, the same socket may be watched
again, until connection_lost closes it.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#watching-file-descriptors
features: sockets, exceptions, sleep
"""
import asyncio
import socket
from loopspec import log


def nothing():
    pass


def attempt(what, call):
    try:
        log(what, call())
    except RuntimeError as e:
        log(what, type(e).__name__)


async def attempt_async(what, coro):
    try:
        log(what, await coro)
    except RuntimeError as e:
        log(what, type(e).__name__)


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    b.setblocking(False)
    transport, protocol = await loop.connect_accepted_socket(asyncio.Protocol, a)
    attempt("add_reader", lambda: loop.add_reader(a, nothing))
    attempt("remove_reader", lambda: loop.remove_reader(a))
    attempt("add_writer", lambda: loop.add_writer(a, nothing))
    attempt("remove_writer", lambda: loop.remove_writer(a))
    await attempt_async("sock_recv", loop.sock_recv(a, 10))
    await attempt_async("sock_sendall", loop.sock_sendall(a, b"direct"))
    log("peer reads", await loop.sock_recv(b, 100))
    transport.close()
    attempt("closing: add_reader", lambda: loop.add_reader(a, nothing))
    attempt("closing: remove_reader", lambda: loop.remove_reader(a))
    await asyncio.sleep(0)
    b.close()
