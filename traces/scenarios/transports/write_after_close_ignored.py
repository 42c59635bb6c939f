"""write() after close() with nothing buffered is silently dropped.

Once connection_lost is scheduled, write() returns without sending or
raising, before and after connection_lost runs; the peer sees only end
of file. Empty writes never count.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.WriteTransport.write
features: sockets, sleep
"""
import asyncio
import socket
from loopspec import log


class Quiet(asyncio.Protocol):
    def connection_lost(self, exc):
        log("connection_lost", exc)


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    b.setblocking(False)
    transport, protocol = await loop.connect_accepted_socket(Quiet, a)
    transport.close()
    log("write after close", transport.write(b"late"), transport.get_write_buffer_size())
    await asyncio.sleep(0)
    log("write after connection_lost", transport.write(b"later"), transport.write(b""))
    log("peer reads", await loop.sock_recv(b, 100))
    b.close()
