"""sendto(b'') sends nothing up to 3.12; from 3.13 it sends an empty datagram, which the peer receives.

Up to 3.12 the datagram transport returns from sendto at once for empty
data. 3.13 dropped that check: an empty datagram goes out like any
other, and the receiving endpoint's datagram_received gets b''. So does
3.13's address check: an empty sendto to another address than the
connected one raises ValueError only there.

spec: https://docs.python.org/3.13/library/asyncio-protocol.html#asyncio.DatagramTransport.sendto
features: datagrams
"""
import asyncio
import socket
from loopspec import log


class Receiver(asyncio.DatagramProtocol):
    def datagram_received(self, data, addr):
        log("datagram_received", data)


async def main():
    loop = asyncio.get_running_loop()
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    other = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    other.bind(("127.0.0.1", 0))
    receiver, _ = await loop.create_datagram_endpoint(Receiver, sock=sock)
    sender, _ = await loop.create_datagram_endpoint(asyncio.DatagramProtocol, remote_addr=sock.getsockname())
    sender.sendto(b"")
    try:
        sender.sendto(b"", other.getsockname())
        log("empty to another address: nothing")
    except ValueError as e:
        log("empty to another address", type(e).__name__)
    sender.sendto(b"end")
    for i in range(3):
        await asyncio.sleep(0)
    sender.close()
    receiver.close()
    await asyncio.sleep(0)
    other.close()
