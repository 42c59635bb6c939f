"""Cancelling the task awaiting connect_accepted_socket closes the transport it made.

The transport exists as soon as the coroutine runs; its waiter is the
only thing awaited. Cancelling the task cancels the waiter, and the
callbacks the transport scheduled run first: connection_made, then the
first watch for reading. Then the coroutine closes the transport and
re-raises; the watch goes before any select, and connection_lost(None)
follows one iteration later. The socket closes with the peer's bytes
unread, which resets the connection.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.connect_accepted_socket
features: sockets, cancellation, tasks, exceptions, sleep
"""
import asyncio
import socket
from loopspec import log


class Watcher(asyncio.Protocol):
    def connection_made(self, transport):
        log("connection_made", transport.is_closing())

    def data_received(self, data):
        log("data_received", data)

    def connection_lost(self, exc):
        log("connection_lost", exc)


async def connect(loop, sock):
    try:
        await loop.connect_accepted_socket(Watcher, sock)
    except asyncio.CancelledError:
        log("connect cancelled")
        raise


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    b.setblocking(False)
    b.send(b"unseen")
    task = asyncio.create_task(connect(loop, a))
    await asyncio.sleep(0)
    log("cancel", task.cancel())
    for i in range(3):
        log("tick", i)
        await asyncio.sleep(0)
    log("task", task.cancelled())
    try:
        await loop.sock_recv(b, 100)
    except ConnectionResetError as e:
        log("peer", type(e).__name__)
    b.close()
