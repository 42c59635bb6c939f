"""write() after write_eof() raises RuntimeError; the transport still reads.

write_eof() with nothing buffered shuts the socket's sending side down at
once: the peer reads the bytes written before it, then end of file. A
second write_eof() does nothing; write() raises RuntimeError('Cannot call
write() after write_eof()'). The transport keeps reading what the peer
sends.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.WriteTransport.write_eof
features: sockets, exceptions, sleep
"""
import asyncio
import socket
from loopspec import log


class Reader(asyncio.Protocol):
    def data_received(self, data):
        log("data_received", data)

    def connection_lost(self, exc):
        log("connection_lost", exc)


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    b.setblocking(False)
    transport, protocol = await loop.connect_accepted_socket(Reader, a)
    log("can_write_eof", transport.can_write_eof())
    transport.write(b"last words")
    transport.write_eof()
    transport.write_eof()
    try:
        transport.write(b"more")
    except RuntimeError as e:
        log("write", e)
    log("peer reads", await loop.sock_recv(b, 100))
    log("peer reads", await loop.sock_recv(b, 100))
    b.send(b"still listening?")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    log("reading", transport.is_reading(), transport.is_closing())
    transport.close()
    await asyncio.sleep(0)
    b.close()
