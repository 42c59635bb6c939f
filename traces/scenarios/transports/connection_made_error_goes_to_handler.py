"""An error raised by connection_made reaches the exception handler as a callback's error; the transport lives on.

connection_made runs as a plain call_soon callback, so what it raises is
reported like any callback's error, and nothing closes the transport:
reading starts, connect_accepted_socket returns, and data still reaches
data_received.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.BaseProtocol.connection_made
features: sockets, exception_handler, exceptions, sleep
"""
import asyncio
import socket
from loopspec import log


class Clumsy(asyncio.Protocol):
    def connection_made(self, transport):
        log("connection_made")
        raise KeyError("setup")

    def data_received(self, data):
        log("data_received", data)

    def connection_lost(self, exc):
        log("connection_lost", exc)


def handler(loop, context):
    log("handler", type(context["exception"]).__name__, context["exception"])


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    a, b = socket.socketpair()
    transport, protocol = await loop.connect_accepted_socket(Clumsy, a)
    log("returned", transport.is_closing(), transport.is_reading())
    b.send(b"hello")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    transport.close()
    await asyncio.sleep(0)
    b.close()
