"""connect_accepted_socket calls connection_made, starts reading, then returns.

The transport schedules three callbacks with call_soon when it is made:
the protocol's connection_made, the first watch for reading, and the
waiter's result. So connection_made runs one iteration after the call,
before connect_accepted_socket returns, and data the peer sent before is
delivered only at the select after reading started.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.connect_accepted_socket
features: sockets, call_soon
"""
import asyncio
import socket
from loopspec import log


class Echo(asyncio.Protocol):
    def connection_made(self, transport):
        log("connection_made")
        self.transport = transport

    def data_received(self, data):
        log("data_received", data)
        self.transport.write(b"echo " + data)

    def eof_received(self):
        log("eof_received")

    def connection_lost(self, exc):
        log("connection_lost", exc)


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    b.setblocking(False)
    b.send(b"hello")
    loop.call_soon(log, "call_soon before")
    transport, protocol = await loop.connect_accepted_socket(Echo, a)
    log("returned", protocol.transport is transport, transport.is_reading())
    log("peer reads", await loop.sock_recv(b, 100))
    b.shutdown(socket.SHUT_WR)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    log("closing?", transport.is_closing(), transport.get_protocol() is None)
    await asyncio.sleep(0)
    log("lost; protocol", transport.get_protocol())
    b.close()
