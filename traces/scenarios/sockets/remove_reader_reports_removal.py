"""remove_reader and remove_writer return True when they removed a callback, else False.

A reader removed in the same iteration in which it was added never runs,
although data waits. The second remove_reader finds nothing; remove_writer
on a socket with only a reader returns False and leaves the reader alone,
and on a watched socket it returns True.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.remove_reader
features: sockets, run_until_complete, sleep
"""
import asyncio
import socket
from loopspec import log


def drain(sock):
    log("reader runs", sock.recv(16))


async def body():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    with a, b:
        b.send(b"x")
        loop.add_reader(a, log, "never")
        log("remove_reader", loop.remove_reader(a))
        log("remove_reader again", loop.remove_reader(a))
        loop.add_reader(a, drain, a)
        log("remove_writer without writer", loop.remove_writer(a))
        await asyncio.sleep(0.1)
        loop.add_writer(b, log, "never writer")
        log("remove_writer", loop.remove_writer(b))
        log("remove_writer again", loop.remove_writer(b))
        log("remove_reader", loop.remove_reader(a))
        await asyncio.sleep(0)
        log("done")


def scenario(loop):
    loop.run_until_complete(body())
