"""eof_received returning None closes the transport; connection_lost comes one iteration later.

Unless eof_received returns a true value, the transport closes itself at
the peer's end of file: close() stops reading and, with nothing buffered,
schedules connection_lost(None) with call_soon. A callback scheduled from
eof_received runs ahead of it; the peer then sees end of file.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.Protocol.eof_received
features: sockets, call_soon, sleep
"""
import asyncio
import socket
from loopspec import log


class Closer(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport

    def eof_received(self):
        log("eof_received", self.transport.is_closing())
        asyncio.get_running_loop().call_soon(lambda: log("scheduled in eof_received", self.transport.is_closing()))

    def connection_lost(self, exc):
        log("connection_lost", exc)


async def tick():
    for i in range(4):
        log("tick", i)
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    b.setblocking(False)
    transport, protocol = await loop.connect_accepted_socket(Closer, a)
    b.shutdown(socket.SHUT_WR)
    await tick()
    log("closing", transport.is_closing())
    log("peer reads", await loop.sock_recv(b, 100))
    b.close()
