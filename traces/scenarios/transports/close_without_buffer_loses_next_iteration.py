"""close() with nothing buffered calls connection_lost(None) through call_soon.

close() stops reading at once and, as nothing waits to be sent, schedules
connection_lost(None) with call_soon: it runs in the next iteration, ahead
of callbacks scheduled after close(). A second close(), or abort() after
it, schedules nothing more; connection_lost runs once. After it the
transport holds no protocol and the peer sees end of file.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.BaseTransport.close
features: sockets, call_soon, sleep
"""
import asyncio
import socket
from loopspec import log


class Quiet(asyncio.Protocol):
    def connection_lost(self, exc):
        log("connection_lost", exc)


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    b.setblocking(False)
    transport, protocol = await loop.connect_accepted_socket(Quiet, a)
    transport.close()
    loop.call_soon(log, "scheduled after close")
    transport.close()
    transport.abort()
    log("closed", transport.is_closing(), transport.is_reading(), transport.get_protocol() is protocol)
    await asyncio.sleep(0)
    log("next iteration; protocol gone", transport.get_protocol() is None)
    log("peer reads", await loop.sock_recv(b, 100))
    b.close()
