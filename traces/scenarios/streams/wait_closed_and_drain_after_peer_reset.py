"""A connection lost with an error reaches the reader, wait_closed() and drain().

The peer closes with data it never read, so the kernel resets the
connection: the transport's next read fails with ConnectionResetError,
and connection_lost(exc) hands it to the reader (every read raises it),
to wait_closed() and to drain() (the reader's exception comes first).
After a clean close, drain() raises ConnectionResetError('Connection lost').

spec: https://docs.python.org/3.11/library/asyncio-stream.html#asyncio.StreamWriter.wait_closed
features: streams, sockets
"""
import asyncio
import socket
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    reader, writer = await asyncio.open_connection(sock=a)
    writer.write(b"never read")
    await asyncio.sleep(0)
    b.close()
    try:
        await reader.read(10)
    except ConnectionResetError as e:
        log("read", type(e).__name__, str(e))
    try:
        await writer.wait_closed()
    except ConnectionResetError as e:
        log("wait_closed", str(e))
    try:
        await writer.drain()
    except ConnectionResetError as e:
        log("drain", str(e), e is reader.exception())
    c, d = socket.socketpair()
    reader2, writer2 = await asyncio.open_connection(sock=c)
    writer2.close()
    await writer2.wait_closed()
    try:
        await writer2.drain()
    except ConnectionResetError as e:
        log("drain after close", str(e))
    log("reader2 at eof", reader2.at_eof())
    d.close()
