"""async for over a connection's reader yields each line as the peer's data completes it.

The peer sends three lines in four pieces, one iteration apart, then closes
its end: a line split across pieces comes out whole, and the loop ends at
the end of file.

spec: https://docs.python.org/3.11/library/asyncio-stream.html#asyncio.StreamReader
features: streams, sockets, tasks
"""
import asyncio
import socket
from loopspec import log


async def peer(loop, sock):
    for piece in [b"alpha\nbe", b"ta\n", b"gam", b"ma\n"]:
        await loop.sock_sendall(sock, piece)
        log("peer sent", piece)
        await asyncio.sleep(0.5)
    sock.close()
    log("peer closed")


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    b.setblocking(False)
    reader, writer = await asyncio.open_connection(sock=a)
    task = asyncio.create_task(peer(loop, b))
    async for line in reader:
        log("line", line, loop.time())
    log("end of file", reader.at_eof(), loop.time())
    await task
    writer.close()
    await writer.wait_closed()
