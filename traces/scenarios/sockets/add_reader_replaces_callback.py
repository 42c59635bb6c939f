"""A second add_reader for the same socket replaces the first callback, which never runs again.

add_reader on a socket that already has a reader cancels the old handle
and installs the new callback with its arguments; the socket keeps one
reader. The old handle is cancelled even when the select has queued it
already (the task runs ahead of it in that iteration): it is skipped.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.add_reader
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
    a.setblocking(False)
    b.setblocking(False)
    with a, b:
        loop.add_reader(a, reader, a, "first")
        b.send(b"one")
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        b.send(b"two")
        await asyncio.sleep(0)
        log("replacing the reader the select has just queued")
        loop.add_reader(a, reader, a, "second")
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        log("removed", loop.remove_reader(a))
        log("removed again", loop.remove_reader(a))
