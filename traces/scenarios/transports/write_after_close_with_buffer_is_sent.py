"""write() after close() while bytes are still buffered is appended and sent.

close() with a non-empty buffer does not schedule connection_lost yet, so
write() is not refused: its bytes join the buffer and go out before the
connection is lost. The peer reads everything, then end of file.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.BaseTransport.close
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
    transport.write(b"tail")
    log("peer read all and the tail", await read_to_eof(loop, b) == SIZE + 4)
    b.close()
