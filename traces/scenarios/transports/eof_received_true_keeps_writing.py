"""eof_received returning True keeps the transport open for writing after the peer's end of file.

At the peer's end of file the transport asks eof_received whether to stay
open. A true value only stops the watch for reading: the transport is not
closing, it still says it is reading (only pause_reading changes that),
and the protocol may still write; close() then ends the connection.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.Protocol.eof_received
features: sockets, sleep
"""
import asyncio
import socket
from loopspec import log


class HalfClose(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data):
        log("data_received", data)

    def eof_received(self):
        log("eof_received")
        return True

    def connection_lost(self, exc):
        log("connection_lost", exc)


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    b.setblocking(False)
    transport, protocol = await loop.connect_accepted_socket(HalfClose, a)
    b.send(b"question")
    b.shutdown(socket.SHUT_WR)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    log("after eof", transport.is_closing(), transport.is_reading())
    transport.write(b"answer")
    transport.close()
    log("closed", transport.is_closing(), transport.is_reading())
    log("peer reads", await loop.sock_recv(b, 100))
    log("peer reads", await loop.sock_recv(b, 100))
    b.close()
