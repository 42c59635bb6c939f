"""set_write_buffer_limits(high=0) with bytes buffered calls pause_writing() at once.

Setting the limits checks the buffer against the new high water mark:
a buffer above it pauses the protocol inside the call. With a low water
mark of 0 the protocol resumes only when the buffer is empty.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.WriteTransport.set_write_buffer_limits
features: sockets
"""
import asyncio
import socket
from loopspec import log

SIZE = 1048576  # 1 MiB, far beyond what the kernel buffers (about 200 KiB)


class Sender(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport

    def pause_writing(self):
        log("pause_writing")

    def resume_writing(self):
        log("resume_writing", self.transport.get_write_buffer_size())


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
    transport.set_write_buffer_limits(high=2 * SIZE)
    transport.write(b"x" * SIZE)
    log("buffered, not paused", transport.get_write_buffer_size() > 0)
    transport.set_write_buffer_limits(high=0)
    log("limits set", transport.get_write_buffer_limits())
    log("peer read", await read_exactly(loop, b, SIZE) == SIZE)
    transport.close()
    await asyncio.sleep(0)
    b.close()
