"""write_eof() with data buffered shuts the sending side down only after the buffer is sent.

With bytes still buffered, write_eof() only marks the transport: the
writer that sends the last byte shuts the socket's sending side down. The
peer reads every byte, then end of file, and can still answer: the
transport keeps reading and delivers it.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.WriteTransport.write_eof
features: sockets, sleep
"""
import asyncio
import socket
from loopspec import log

SIZE = 1048576  # 1 MiB, far beyond what the kernel buffers (about 200 KiB)


class Reader(asyncio.Protocol):
    def data_received(self, data):
        log("data_received", data)

    def eof_received(self):
        log("eof_received")

    def connection_lost(self, exc):
        log("connection_lost", exc)


async def read_to_eof(loop, sock):
    total = 0
    while True:
        data = await loop.sock_recv(sock, 65536)
        if not data:
            return total
        total += len(data)


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    b.setblocking(False)
    transport, protocol = await loop.connect_accepted_socket(Reader, a)
    transport.write(b"x" * SIZE)
    transport.write_eof()
    log("eof pending", transport.get_write_buffer_size() > 0, transport.is_closing())
    log("peer read all, then eof", await read_to_eof(loop, b) == SIZE)
    log("buffer", transport.get_write_buffer_size())
    b.send(b"thanks")
    b.shutdown(socket.SHUT_WR)
    for i in range(4):
        await asyncio.sleep(0)
    b.close()
