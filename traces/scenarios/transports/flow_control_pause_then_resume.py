"""A write past the high water mark pauses the protocol at once; it resumes when the buffer drains.

write() buffers what the kernel does not take, and once the buffer holds
more than the high water mark it calls pause_writing() before returning.
As the peer reads, the writer sends the buffer; when it drains to the low
water mark resume_writing() is called, once, before the peer can have read
the last bytes. A second big write while paused does not pause again.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#flow-control-callbacks
features: sockets
"""
import asyncio
import socket
from loopspec import log

SIZE = 1048576  # 1 MiB, far beyond what the kernel buffers (about 200 KiB)


class Sender(asyncio.Protocol):
    def pause_writing(self):
        log("pause_writing")

    def resume_writing(self):
        log("resume_writing")

    def connection_lost(self, exc):
        log("connection_lost", exc)


async def read_exactly(loop, sock, n):
    total = 0
    while total < n:
        data = await loop.sock_recv(sock, 65536)
        total += len(data)
    return total


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    b.setblocking(False)
    transport, protocol = await loop.connect_accepted_socket(Sender, a)
    log("limits", transport.get_write_buffer_limits())
    transport.write(b"x" * SIZE)
    log("first write returned")
    transport.write(b"y" * SIZE)
    log("second write returned")
    log("peer read", await read_exactly(loop, b, 2 * SIZE) == 2 * SIZE)
    log("buffer", transport.get_write_buffer_size())
    transport.close()
    await asyncio.sleep(0)
    b.close()
