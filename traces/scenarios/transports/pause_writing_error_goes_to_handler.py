"""An error raised by pause_writing goes to the exception handler; the write and the transport go on.

The transport reports it with the message 'protocol.pause_writing() failed'
and stays paused: write() returns normally, the buffer drains, and
resume_writing is still called.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.BaseProtocol.pause_writing
features: sockets, exception_handler, exceptions
"""
import asyncio
import socket
from loopspec import log

SIZE = 1048576  # 1 MiB, far beyond what the kernel buffers (about 200 KiB)


class Fragile(asyncio.Protocol):
    def pause_writing(self):
        log("pause_writing")
        raise ValueError("cannot pause")

    def resume_writing(self):
        log("resume_writing")


def handler(loop, context):
    log("handler", context["message"], context["exception"])


async def read_exactly(loop, sock, n):
    total = 0
    while total < n:
        data = await loop.sock_recv(sock, 65536)
        total += len(data)
    return total


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    a, b = socket.socketpair()
    b.setblocking(False)
    transport, protocol = await loop.connect_accepted_socket(Fragile, a)
    transport.write(b"x" * SIZE)
    log("write returned", transport.is_closing())
    log("peer read", await read_exactly(loop, b, SIZE) == SIZE)
    transport.close()
    await asyncio.sleep(0)
    b.close()
