"""open_connection(sock=...) gives a reader and a writer over a connected socket.

The reader receives what the peer sends, in the iteration after the select
that finds it; the writer's write() sends at once and drain() returns
without waiting while the transport's buffer is below its high water mark.
When the peer shuts its sending side down the reader reaches end of file
(the protocol keeps the transport open, so the writer can still answer);
close() then wait_closed() end the connection.

spec: https://docs.python.org/3.11/library/asyncio-stream.html#asyncio.open_connection
features: streams, sockets
"""
import asyncio
import socket
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    b.setblocking(False)
    reader, writer = await asyncio.open_connection(sock=a)
    log("types", type(reader).__name__, type(writer).__name__, writer.can_write_eof())
    writer.write(b"ping\n")
    await writer.drain()
    log("peer got", await loop.sock_recv(b, 100))
    await loop.sock_sendall(b, b"pong\nand more")
    log("readline", await reader.readline())
    b.shutdown(socket.SHUT_WR)
    log("read to eof", await reader.read(), reader.at_eof())
    writer.write(b"bye")
    log("closing?", writer.is_closing())
    writer.close()
    log("closing?", writer.is_closing())
    await writer.wait_closed()
    log("peer got", await loop.sock_recv(b, 100))
    log("peer sees eof", await loop.sock_recv(b, 100))
    b.close()
