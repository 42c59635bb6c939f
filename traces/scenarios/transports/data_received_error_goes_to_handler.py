"""An error raised by data_received goes to the exception handler, then to connection_lost.

The transport catches what data_received raises, reports it to the
loop's exception handler with a fixed message and the transport and
protocol in the context, and closes at once: connection_lost gets the
same exception in the next iteration.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.Protocol.data_received
features: sockets, exception_handler, exceptions, sleep
"""
import asyncio
import socket
from loopspec import log


class Fragile(asyncio.Protocol):
    def data_received(self, data):
        log("data_received", data)
        raise ValueError("cannot parse")

    def connection_lost(self, exc):
        log("connection_lost", type(exc).__name__, exc)


def handler(loop, context):
    log("handler", context["message"], type(context["exception"]).__name__)
    log("context", context["protocol"] is context["transport"].get_protocol())


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    a, b = socket.socketpair()
    b.setblocking(False)
    transport, protocol = await loop.connect_accepted_socket(Fragile, a)
    b.send(b"garbage")
    await asyncio.sleep(0)
    log("after data_received", transport.is_closing())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    log("peer reads", await loop.sock_recv(b, 100))
    b.close()
