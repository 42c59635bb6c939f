"""A Unix local_addr whose socket file outlived its socket is removed and bound again.

Closing a bound Unix socket leaves its file behind, and binding that
path again fails with EADDRINUSE. create_datagram_endpoint removes a
socket file found at local_addr before binding, so the new endpoint
takes the path, and datagrams sent there reach it.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.create_datagram_endpoint
features: datagrams, servers
"""
import asyncio
import socket
from loopspec import log, unix_path


class Receiver(asyncio.DatagramProtocol):
    def datagram_received(self, data, addr):
        log("datagram_received", data)


async def main():
    loop = asyncio.get_running_loop()
    old = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    old.bind(unix_path("endpoint"))
    old.close()
    again = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    try:
        again.bind(unix_path("endpoint"))
    except OSError as e:
        log("plain bind", type(e).__name__, str(e))
    again.close()
    transport, _ = await loop.create_datagram_endpoint(Receiver, local_addr=unix_path("endpoint"),
                                                       family=socket.AF_UNIX)
    sender = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sender.sendto(b"hello", unix_path("endpoint"))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    transport.close()
    await asyncio.sleep(0)
    sender.close()
