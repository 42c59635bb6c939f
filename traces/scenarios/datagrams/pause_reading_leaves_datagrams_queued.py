"""pause_reading() stops the datagram transport's reads; resume_reading() takes them up one per iteration.

The datagram transport has no flow control of its own for reading, but
it shares the stream transport's pause_reading and resume_reading:
paused, it removes its reader and datagrams wait in the kernel; resumed,
it watches the socket again and reads one datagram per iteration. Both
calls do nothing when they change nothing, and a closing transport is
not reading.

Early 3.11 releases (3.11.2 among them) give the datagram transport no
is_reading() or pause_reading(); 3.11.7, which recorded the goldens, has both.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.ReadTransport.pause_reading
features: datagrams
python: 3.11.7
"""
import asyncio
import socket
from loopspec import log


class Receiver(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        transport.pause_reading()
        log("paused in connection_made", transport.is_reading())

    def datagram_received(self, data, addr):
        log("datagram_received", data)


async def main():
    loop = asyncio.get_running_loop()
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    sender = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    transport, _ = await loop.create_datagram_endpoint(Receiver, sock=sock)
    sender.sendto(b"first", sock.getsockname())
    sender.sendto(b"second", sock.getsockname())
    for i in range(2):
        await asyncio.sleep(0)
        log("paused iteration", i)
    transport.pause_reading()
    transport.resume_reading()
    transport.resume_reading()
    log("reading", transport.is_reading())
    for i in range(3):
        await asyncio.sleep(0)
        log("iteration", i)
    transport.close()
    log("closing: reading", transport.is_reading())
    transport.resume_reading()
    await asyncio.sleep(0)
    sender.close()
