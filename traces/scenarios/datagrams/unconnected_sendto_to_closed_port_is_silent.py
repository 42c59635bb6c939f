"""An unconnected UDP transport hears nothing of a datagram sent to a closed port.

Linux reports the ICMP error of a closed loopback port only to a
connected socket; an unconnected one asks for no such reports, so its
sendto succeeds, its socket never becomes readable and error_received is
never called. A datagram sent to a live port afterwards arrives as usual.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.DatagramProtocol.error_received
features: datagrams
"""
import asyncio
import socket
from loopspec import log


class Endpoint(asyncio.DatagramProtocol):
    def datagram_received(self, data, addr):
        log("datagram_received", data)

    def error_received(self, exc):
        log("error_received", type(exc).__name__)


async def main():
    loop = asyncio.get_running_loop()
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    probe.bind(("127.0.0.1", 0))
    closed_addr = probe.getsockname()
    probe.close()
    live = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    live.bind(("127.0.0.1", 0))
    live.setblocking(False)
    transport, _ = await loop.create_datagram_endpoint(Endpoint, local_addr=("127.0.0.1", 0))
    transport.sendto(b"into the void", closed_addr)
    for i in range(3):
        await asyncio.sleep(0)
        log("iteration", i)
    transport.sendto(b"to the living", live.getsockname())
    data, addr = await loop.sock_recvfrom(live, 100)
    log("live got", data, "from host", addr[0])
    transport.sendto(b"back", addr)
    log("closing?", transport.is_closing())
    transport.close()
    await asyncio.sleep(0)
    live.close()
