"""A connected UDP transport whose peer port is closed hears ConnectionRefusedError through error_received.

Linux answers a datagram to a closed loopback port with an ICMP error,
which it keeps as the connected socket's pending error while sendto
returns. The socket is then readable: the transport's read at the next
select raises ConnectionRefusedError, which goes to error_received, and
the transport stays open. A send made while the error is pending raises
it instead, inside sendto, which hands it to error_received at once.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.DatagramProtocol.error_received
features: datagrams, tasks
"""
import asyncio
import socket
from loopspec import log


class Client(asyncio.DatagramProtocol):
    def datagram_received(self, data, addr):
        log("datagram_received", data)

    def error_received(self, exc):
        log("error_received", type(exc).__name__, str(exc))

    def connection_lost(self, exc):
        log("connection_lost", exc)


async def ticker():
    for i in range(6):
        log("tick", i)
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    probe.bind(("127.0.0.1", 0))
    closed_addr = probe.getsockname()
    probe.close()
    transport, _ = await loop.create_datagram_endpoint(Client, remote_addr=closed_addr)
    tick = asyncio.create_task(ticker())
    log("first send")
    transport.sendto(b"anyone?")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    log("two sends in one iteration")
    transport.sendto(b"one")
    transport.sendto(b"two")
    log("after the sends", transport.is_closing())
    await tick
    transport.close()
    await asyncio.sleep(0)
