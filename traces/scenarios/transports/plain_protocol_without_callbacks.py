"""A protocol need not subclass asyncio.Protocol, but a missing callback fails when the transport calls it.

The transport calls the protocol's methods by name. A class with only
connection_made and data_received works until the peer's end of file:
eof_received is missing, so the transport reports the AttributeError as a
fatal error of the protocol and closes, and the connection_lost call that
follows fails as a callback's error. The socket is closed all the same.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#protocols
features: sockets, exception_handler, exceptions, sleep
"""
import asyncio
import socket
from loopspec import log


class Plain:
    def connection_made(self, transport):
        log("connection_made")

    def data_received(self, data):
        log("data_received", data)


def handler(loop, context):
    log("handler", type(context["exception"]).__name__, context["exception"])


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    a, b = socket.socketpair()
    b.setblocking(False)
    transport, protocol = await loop.connect_accepted_socket(Plain, a)
    b.send(b"data")
    b.shutdown(socket.SHUT_WR)
    for i in range(4):
        log("tick", i)
        await asyncio.sleep(0)
    log("closed; protocol gone", transport.is_closing(), transport.get_protocol() is None)
    log("peer reads", await loop.sock_recv(b, 100))
    b.close()
