"""loop.sock_recvfrom waits for a datagram and returns it with its sender; sock_sendto returns the count sent.

Both try the socket at once: sock_sendto of a datagram returns without
suspending, and sock_recvfrom of one already queued too. Otherwise
sock_recvfrom installs a reader and returns at the iteration after the
datagram arrives, with the sender's address; a size smaller than the
datagram cuts it, and the rest of it is gone.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.sock_recvfrom
features: datagrams, tasks
"""
import asyncio
import socket
from loopspec import log


async def late_sender(loop, sock, addr):
    await asyncio.sleep(0)
    log("sending late")
    log("sent", await loop.sock_sendto(sock, b"late datagram", addr))


async def main():
    loop = asyncio.get_running_loop()
    a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    a.bind(("127.0.0.1", 0))
    a.setblocking(False)
    b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    b.bind(("127.0.0.1", 0))
    b.setblocking(False)
    loop.call_soon(log, "callback")
    log("sent", await loop.sock_sendto(b, b"at once", a.getsockname()))
    data, addr = await loop.sock_recvfrom(a, 100)
    log("got", data, "from b", addr == b.getsockname())
    task = asyncio.create_task(late_sender(loop, b, a.getsockname()))
    data, addr = await loop.sock_recvfrom(a, 4)
    log("got", data, "from b", addr == b.getsockname())
    await task
    b.sendto(b"plain", a.getsockname())
    data, addr = a.recvfrom(100)
    log("plain recvfrom", data, addr == b.getsockname())
    a.close()
    b.close()
