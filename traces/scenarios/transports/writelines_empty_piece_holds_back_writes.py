"""An empty piece that writelines() buffers holds later writes back (3.12).

From 3.12 the socket transport's writelines() appends every piece to its
deque as given, then sends. An empty piece sends nothing and stays: the
buffer is no longer empty, though it holds no bytes, so a later write()
queues behind it instead of going out at once, and leaves when the
transport is next writable, the empty piece with it. 3.11 joins the pieces
and writes nothing for an empty one, so the write goes out at once.

spec: https://docs.python.org/3.12/library/asyncio-protocol.html#asyncio.WriteTransport.writelines
features: sockets
"""
import asyncio
import socket
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    b.setblocking(False)
    transport, protocol = await loop.connect_accepted_socket(asyncio.Protocol, a)
    transport.writelines([b""])
    log("buffer after an empty piece", transport.get_write_buffer_size())
    transport.write(b"data")
    log("buffer after a write", transport.get_write_buffer_size())
    log("peer reads", await loop.sock_recv(b, 100))
    log("buffer once sent", transport.get_write_buffer_size())
    transport.writelines([b"tail", b""])
    log("buffer after a piece and an empty one", transport.get_write_buffer_size())
    log("peer reads", await loop.sock_recv(b, 100))
    transport.write(b"more")
    log("buffer after another write", transport.get_write_buffer_size())
    log("peer reads", await loop.sock_recv(b, 100))
    transport.close()
    await asyncio.sleep(0)
    log("closing", transport.is_closing())
    b.close()
