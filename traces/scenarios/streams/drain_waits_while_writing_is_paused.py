"""drain() waits while the transport has paused writing, and returns once it resumes.

A write of 1 MiB does not fit in the kernel's buffer: the transport keeps
the rest, pauses the protocol above its high water mark, and drain() waits.
The peer reading everything lets the transport drain its buffer; once it
is at the low water mark the protocol resumes and drain() returns.

spec: https://docs.python.org/3.11/library/asyncio-stream.html#asyncio.StreamWriter.drain
features: streams, sockets, tasks
"""
import asyncio
import socket
from loopspec import log


async def drain(writer):
    await writer.drain()
    log("drain returned")


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    b.setblocking(False)
    reader, writer = await asyncio.open_connection(sock=a)
    writer.write(b"x" * (1024 * 1024))
    log("buffered beyond the high water mark", writer.transport.get_write_buffer_size() > 65536)
    task = asyncio.create_task(drain(writer))
    await asyncio.sleep(0)
    log("drain waiting", not task.done())
    received = 0
    while received < 1024 * 1024:
        received += len(await loop.sock_recv(b, 65536))
    log("peer got all", received)
    await task
    writer.close()
    await writer.wait_closed()
    b.close()
