"""set_protocol() hands the connection to another protocol: it gets the data and connection_lost that follow.

The transport calls whatever protocol it holds when the callback comes.
Switching from data_received sends the next read to the new protocol,
which never hears connection_made; get_protocol() returns it until the
connection is lost.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.BaseTransport.set_protocol
features: sockets, sleep
"""
import asyncio
import socket
from loopspec import log


class Second(asyncio.Protocol):
    def connection_made(self, transport):
        log("second connection_made")

    def data_received(self, data):
        log("second data_received", data)

    def eof_received(self):
        log("second eof_received")

    def connection_lost(self, exc):
        log("second connection_lost", exc)


class First(asyncio.Protocol):
    def connection_made(self, transport):
        log("first connection_made")
        self.transport = transport

    def data_received(self, data):
        log("first data_received", data)
        self.transport.set_protocol(Second())

    def connection_lost(self, exc):
        log("first connection_lost", exc)


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    transport, protocol = await loop.connect_accepted_socket(First, a)
    b.send(b"switch")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    log("now", type(transport.get_protocol()).__name__, type(protocol).__name__)
    b.send(b"after")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    b.shutdown(socket.SHUT_WR)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    log("at the end; protocol gone", transport.get_protocol() is None)
    b.close()
