"""A peer that closes with data unread resets the connection: connection_lost gets ConnectionResetError.

The transport's read fails with ConnectionResetError. A socket's own error
(an OSError) is not reported to the exception handler; the transport
closes at once and connection_lost receives the error in the next
iteration. eof_received is not called.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.BaseProtocol.connection_lost
features: sockets, exception_handler, exceptions, sleep
"""
import asyncio
import socket
from loopspec import log


class Talker(asyncio.Protocol):
    def eof_received(self):
        log("eof_received")

    def connection_lost(self, exc):
        log("connection_lost", type(exc).__name__, exc)


def handler(loop, context):
    log("handler", context["message"])


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    a, b = socket.socketpair()
    transport, protocol = await loop.connect_accepted_socket(Talker, a)
    transport.write(b"never read")
    b.close()
    await asyncio.sleep(0)
    log("closing", transport.is_closing())
    await asyncio.sleep(0)
    log("closing", transport.is_closing())
    await asyncio.sleep(0)
    log("protocol gone", transport.get_protocol() is None)
