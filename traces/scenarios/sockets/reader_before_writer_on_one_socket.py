"""A socket both readable and writable queues its reader before its writer.

The writer was added first, but select reports one event per descriptor
with both flags, and the loop queues that descriptor's reader first, then
its writer. Adding the reader modifies the registration, so the socket
keeps its place ahead of a socket registered later.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#watching-file-descriptors
features: sockets, sleep, asyncio_run
"""
import asyncio
import socket
from loopspec import log


def on_event(loop, sock, what, reads):
    if reads:
        log(what, sock.recv(16))
        loop.remove_reader(sock)
    else:
        log(what)
        loop.remove_writer(sock)


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    c, d = socket.socketpair()
    for sock in (a, b, c, d):
        sock.setblocking(False)
    with a, b, c, d:
        loop.add_writer(a, on_event, loop, a, "a writer", False)
        loop.add_reader(c, on_event, loop, c, "c reader", True)
        loop.add_reader(a, on_event, loop, a, "a reader", True)
        d.send(b"to c")
        b.send(b"to a")
        await asyncio.sleep(0.1)
        log("left", loop.remove_writer(a), loop.remove_reader(a), loop.remove_reader(c))
