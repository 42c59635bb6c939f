"""writelines() sends a list of bytes as one piece, in order.

The pieces of the list go out together, at once while nothing is buffered,
so the peer reads them joined in one recv. Empty pieces, an empty list
and a tuple are all accepted.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.WriteTransport.writelines
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
    transport.writelines([b"one ", b"", b"two ", b"three"])
    log("buffer", transport.get_write_buffer_size())
    log("peer reads", await loop.sock_recv(b, 100))
    transport.writelines([])
    transport.writelines((b"four", b" five"))
    log("peer reads", await loop.sock_recv(b, 100))
    transport.close()
    await asyncio.sleep(0)
    b.close()
