"""get_write_buffer_size() of buffered datagrams: their lengths up to 3.12; from 3.13 8 bytes more each, which stay after the drain.

The first datagram a full Unix peer refuses is buffered: the size is its
length, plus a header of 8 bytes from 3.13. Once the peer reads, the
writer sends it and takes its length back off, but 3.13 does not take
the 8 bytes back: the size stays 8 with nothing buffered.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.BaseTransport.get_write_buffer_size
features: datagrams, servers
"""
import asyncio
import socket
from loopspec import log, unix_path


async def main():
    loop = asyncio.get_running_loop()
    peer = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    peer.bind(unix_path("peer"))
    peer.setblocking(False)
    transport, _ = await loop.create_datagram_endpoint(
        asyncio.DatagramProtocol, remote_addr=unix_path("peer"), family=socket.AF_UNIX)
    sent = 0
    while transport.get_write_buffer_size() == 0:
        transport.sendto(b"y" * 100)
        sent += 1
    log("one datagram buffered", transport.get_write_buffer_size())
    transport.sendto(b"z" * 50)
    log("two datagrams buffered", transport.get_write_buffer_size())
    for i in range(sent + 1):
        await loop.sock_recvfrom(peer, 200)
    await asyncio.sleep(0)
    log("after the drain", transport.get_write_buffer_size())
    transport.close()
    await asyncio.sleep(0)
    peer.close()
