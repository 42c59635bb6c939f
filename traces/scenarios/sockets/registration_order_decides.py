"""Readers of sockets ready in one select run in the order their sockets were registered.

The socket made second is registered first and receives its data last;
neither the descriptor numbers nor the order of the sends decide: the
loop's select reports ready descriptors in the order they were registered
with it (docs/outside-world.md#select).

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#watching-file-descriptors
features: sockets, sleep, asyncio_run
"""
import asyncio
import socket
from loopspec import log


def reader(sock, name):
    log(name, sock.recv(16))


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    c, d = socket.socketpair()
    for sock in (a, b, c, d):
        sock.setblocking(False)
    with a, b, c, d:
        loop.add_reader(c, reader, c, "made second, registered first")
        loop.add_reader(a, reader, a, "made first, registered second")
        b.send(b"sent first")
        d.send(b"sent second")
        await asyncio.sleep(0.1)
        loop.remove_reader(c)
        loop.add_reader(c, reader, c, "registered again")
        b.send(b"again first")
        d.send(b"again second")
        await asyncio.sleep(0.1)
        log("removed", loop.remove_reader(a), loop.remove_reader(c))
