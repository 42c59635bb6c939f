"""abort() after a close() that waited for the buffer raises AttributeError.

When close() finds bytes buffered, the writer sends the last of them and
calls connection_lost itself, without counting the connection as lost,
and the transport then lets go of its loop and socket. A later abort()
passes the "already lost" check, then schedules connection_lost on the
loop it has let go: AttributeError. A second abort() finds the
connection counted as lost and returns.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.WriteTransport.abort
features: sockets
"""
import asyncio
import socket
from loopspec import log

SIZE = 1048576  # 1 MiB, far beyond what the kernel buffers (about 200 KiB)


class Sender(asyncio.Protocol):
    def connection_lost(self, exc):
        log("connection_lost", exc)


async def read_to_eof(loop, sock):
    total = 0
    while True:
        data = await loop.sock_recv(sock, 65536)
        if not data:
            return total
        total += len(data)


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    b.setblocking(False)
    transport, protocol = await loop.connect_accepted_socket(Sender, a)
    transport.write(b"x" * SIZE)
    transport.close()
    log("peer read all", await read_to_eof(loop, b) == SIZE)
    log("protocol", transport.get_protocol(), "closing", transport.is_closing())
    try:
        transport.abort()
    except AttributeError as e:
        log("abort", type(e).__name__, str(e))
    log("abort again", transport.abort())
    b.close()
