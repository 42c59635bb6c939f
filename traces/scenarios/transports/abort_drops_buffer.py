"""abort() drops the buffered bytes and calls connection_lost(None) in the next iteration.

abort() empties the buffer and removes the writer, stops reading, and
schedules connection_lost(None) with call_soon, whatever is still
unsent. The peer reads what the kernel had taken, fewer bytes than were
written, then end of file.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.BaseTransport.abort
features: sockets, call_soon
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
    log("buffered", transport.get_write_buffer_size() > 0)
    transport.abort()
    loop.call_soon(log, "scheduled after abort")
    log("aborted", transport.is_closing(), transport.get_write_buffer_size())
    total = await read_to_eof(loop, b)
    log("peer read fewer bytes", 0 < total < SIZE)
    b.close()
