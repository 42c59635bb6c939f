"""A connected datagram transport takes sendto's addr only when it is None or the connected address.

With remote_addr the transport remembers the address it connected to:
sendto() without addr, or with that same address, sends to it; any other
address is a ValueError raised by sendto itself (its message names the
address), and nothing is sent. Data that is not bytes is a TypeError
before the address is looked at.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.DatagramTransport.sendto
features: datagrams
"""
import asyncio
import socket
from loopspec import log


class Quiet(asyncio.DatagramProtocol):
    def connection_lost(self, exc):
        log("connection_lost", exc)


async def main():
    loop = asyncio.get_running_loop()
    peer = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    peer.bind(("127.0.0.1", 0))
    peer.setblocking(False)
    other = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    other.bind(("127.0.0.1", 0))
    transport, _ = await loop.create_datagram_endpoint(Quiet, remote_addr=peer.getsockname())
    transport.sendto(b"no address")
    transport.sendto(b"same address", peer.getsockname())
    try:
        transport.sendto(b"elsewhere", other.getsockname())
    except ValueError as e:
        log("other address", type(e).__name__)
    try:
        transport.sendto("text")
    except TypeError as e:
        log("str data", type(e).__name__, str(e))
    for i in range(2):
        data, addr = await loop.sock_recvfrom(peer, 100)
        log("peer got", data)
    transport.close()
    await asyncio.sleep(0)
    peer.close()
    other.close()
