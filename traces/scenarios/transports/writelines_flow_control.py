"""A big writelines() pauses the protocol up to 3.11 only; from 3.12 on it never calls pause_writing().

Up to 3.11 writelines() is a write() of the joined pieces, so a buffer
past the high water mark pauses the protocol. From 3.12 on the socket
transport's own writelines() appends the pieces to the buffer and sends
what it can, without checking the high water mark: the protocol is never
paused, so it is never resumed either. The peer reads every byte.

spec: https://docs.python.org/3.12/library/asyncio-protocol.html#asyncio.WriteTransport.writelines
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
    transport.writelines([b"x" * SIZE, b"y" * SIZE])
    log("writelines returned", transport.get_write_buffer_size() > 0)
    log("peer read", await read_exactly(loop, b, 2 * SIZE) == 2 * SIZE)
    transport.close()
    await asyncio.sleep(0)
    b.close()
