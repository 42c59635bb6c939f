"""abort() after a close() that waited for buffered datagrams raises AttributeError.

When close() finds datagrams buffered, the writer sends the last of them
and calls connection_lost itself, without counting the connection as
lost, and the transport then lets go of its loop and socket. A later
abort() passes the "already lost" check, then schedules connection_lost
on the loop it has let go: AttributeError. The stream transport shares
this path (_SelectorTransport._force_close).

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.BaseTransport.abort
features: datagrams, servers
"""
import asyncio
import socket
from loopspec import log, unix_path


class Sender(asyncio.DatagramProtocol):
    def connection_lost(self, exc):
        log("connection_lost", exc)


async def main():
    loop = asyncio.get_running_loop()
    peer = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    peer.bind(unix_path("peer"))
    peer.setblocking(False)
    transport, _ = await loop.create_datagram_endpoint(
        Sender, remote_addr=unix_path("peer"), family=socket.AF_UNIX)
    sent = 0
    while transport.get_write_buffer_size() == 0:
        transport.sendto(b"d")
        sent += 1
    transport.close()
    for _ in range(sent):
        await loop.sock_recvfrom(peer, 100)
    await asyncio.sleep(0)
    log("protocol", transport.get_protocol(), "closing", transport.is_closing())
    try:
        transport.abort()
    except AttributeError as e:
        log("abort", type(e).__name__, str(e))
    log("abort again", transport.abort())
    peer.close()
