"""A StreamReader holding more than twice its limit pauses the transport's reading.

With limit=4, the peer's 20 bytes arrive in one read: the reader's buffer
passes 8 bytes and the protocol's transport stops reading. Reads that
leave 4 bytes or fewer resume it, and so does a read that has to wait.

spec: https://docs.python.org/3.11/library/asyncio-stream.html#asyncio.StreamReader
features: streams, sockets
"""
import asyncio
import socket
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    b.setblocking(False)
    reader, writer = await asyncio.open_connection(sock=a, limit=4)
    await loop.sock_sendall(b, b"0123456789abcdefghij")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    log("reading?", writer.transport.is_reading())
    log("read(10)", await reader.read(10), writer.transport.is_reading())
    log("read(7)", await reader.read(7), writer.transport.is_reading())
    log("read(3)", await reader.read(3), writer.transport.is_reading())
    await loop.sock_sendall(b, b"more")
    log("read(100)", await reader.read(100))
    writer.close()
    await writer.wait_closed()
    b.close()
