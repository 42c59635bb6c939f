"""pause_reading() stops the watch for reading; resume_reading() delivers what waited.

While paused the transport does not read: the peer's bytes wait in the
kernel and data_received is not called, however many iterations pass.
Pausing twice or resuming twice does nothing. Resuming watches the socket
again, and the bytes arrive at the next select, all in one read. A closed
transport neither reads nor resumes.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.ReadTransport.pause_reading
features: sockets, sleep
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
    transport.pause_reading()
    transport.pause_reading()
    log("paused", transport.is_reading())
    b.send(b"one ")
    b.send(b"two")
    for i in range(3):
        await asyncio.sleep(0)
    log("resuming")
    transport.resume_reading()
    transport.resume_reading()
    log("reading", transport.is_reading())
    await asyncio.sleep(0)
    log("first iteration after resume")
    await asyncio.sleep(0)
    transport.close()
    transport.resume_reading()
    log("closed", transport.is_reading())
    await asyncio.sleep(0)
    b.close()
