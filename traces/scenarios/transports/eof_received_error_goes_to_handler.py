"""An error raised by eof_received goes to the exception handler, then to connection_lost.

The transport reports it with its own message and closes at once, as for
data_received: connection_lost receives the exception in the next
iteration.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.Protocol.eof_received
features: sockets, exception_handler, exceptions, sleep
"""
import asyncio
import socket
from loopspec import log


class Fragile(asyncio.Protocol):
    def eof_received(self):
        log("eof_received")
        raise ValueError("unexpected end")

    def connection_lost(self, exc):
        log("connection_lost", exc)


def handler(loop, context):
    log("handler", context["message"], context["exception"])


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    a, b = socket.socketpair()
    transport, protocol = await loop.connect_accepted_socket(Fragile, a)
    b.shutdown(socket.SHUT_WR)
    for i in range(3):
        log("tick", i)
        await asyncio.sleep(0)
    b.close()
