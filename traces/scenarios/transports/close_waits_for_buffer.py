"""close() with data buffered waits until the buffer is sent; connection_lost follows the last byte.

close() stops reading at once but keeps the socket while the buffer holds
bytes the kernel has not taken. The writer keeps sending as the peer reads;
the call that sends the last byte removes the writer and calls
connection_lost(None) itself, before the peer can have read everything.
The peer gets every byte, then end of file.

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
    log("closing with bytes buffered", transport.is_closing(), transport.get_write_buffer_size() > 0)
    log("peer read all", await read_to_eof(loop, b) == SIZE)
    b.close()
