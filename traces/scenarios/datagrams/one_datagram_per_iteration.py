"""The datagram transport reads one datagram each time its socket is readable: three queued take three iterations.

A stream transport reads whatever the kernel holds at once; the datagram
transport's reader takes a single datagram per call, so datagrams sent
together arrive one per iteration, in order, between the ticks of a task
that sleeps each iteration. A datagram already waiting when the endpoint
is made is read at the select after reading started.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.DatagramProtocol.datagram_received
features: datagrams, tasks
"""
import asyncio
import socket
from loopspec import log


class Receiver(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        log("connection_made")

    def datagram_received(self, data, addr):
        log("datagram_received", data)


async def ticker():
    for i in range(6):
        log("tick", i)
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    sender = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sender.sendto(b"early", sock.getsockname())
    transport, _ = await loop.create_datagram_endpoint(Receiver, sock=sock)
    log("endpoint ready")
    for word in [b"one", b"two", b"three"]:
        sender.sendto(word, sock.getsockname())
    await ticker()
    transport.close()
    await asyncio.sleep(0)
    sender.close()
