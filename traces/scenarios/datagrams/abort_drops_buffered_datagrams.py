"""abort() drops the buffered datagrams but not their counted size; connection_lost(None) comes next iteration.

With datagrams buffered behind a full peer, abort() clears the buffer,
removes the writer, stops reading and schedules connection_lost(None).
CPython clears the deque of datagrams but leaves its byte count, so
get_write_buffer_size() still reports what was buffered. The peer
receives only what the kernel had taken before.

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
        transport.sendto(b"x" * 10)
        sent += 1
    for i in range(3):
        transport.sendto(b"x" * 10)
    buffered = transport.get_write_buffer_size()
    transport.abort()
    loop.call_soon(log, "scheduled after abort")
    log("aborted", transport.is_closing(), "size kept", transport.get_write_buffer_size() == buffered)
    await asyncio.sleep(0)
    received = 0
    while True:
        try:
            peer.recvfrom(100)
        except BlockingIOError:
            break
        received += 1
    log("peer got the ones sent before buffering", received == sent - 1)
    peer.close()
