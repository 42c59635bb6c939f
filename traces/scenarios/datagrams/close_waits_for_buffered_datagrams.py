"""close() with datagrams buffered sends them all before connection_lost(None); a sendto after it fails.

A Unix datagram socket connected to a peer whose queue is full gets
BlockingIOError from send, so the transport buffers what follows and
watches for writing. close() stops reading at once, but connection_lost
waits for the buffer: as the peer reads, the writer sends the rest, and
connection_lost(None) follows the last one, called by the writer itself
rather than scheduled, so the transport does not count the connection as
lost: a later sendto tries the socket the transport has let go, and
reporting that fails on the loop it has let go too (AttributeError).

Early 3.11 releases (3.11.2 among them) give the datagram transport no
is_reading() or pause_reading(); 3.11.7, which recorded the goldens, has both.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.BaseTransport.close
features: datagrams, servers
python: 3.11.7
"""
import asyncio
import socket
from loopspec import log, unix_path


class Sender(asyncio.DatagramProtocol):
    def error_received(self, exc):
        log("error_received", exc)

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
        transport.sendto(str(sent).encode())
        sent += 1
    transport.sendto(str(sent).encode())
    sent += 1
    transport.close()
    log("closing", transport.is_closing(), transport.is_reading())
    await asyncio.sleep(0)
    log("still buffered", transport.get_write_buffer_size() > 0)
    received = []
    while len(received) < sent:
        data, addr = await loop.sock_recvfrom(peer, 100)
        received.append(data)
    log("peer got every datagram in order", received == [str(i).encode() for i in range(sent)])
    await asyncio.sleep(0)
    log("buffer", transport.get_write_buffer_size(), "protocol", transport.get_protocol())
    try:
        transport.sendto(b"late")
    except AttributeError as e:
        log("late sendto", type(e).__name__, str(e))
    peer.close()
