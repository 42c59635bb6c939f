"""Two transports on the ends of one socketpair answer each other, one select per message.

Each write goes out at once (nothing is buffered), and the other end's
data_received runs at the next select, so a message and its answer take
one iteration each, interleaved with a task that yields every iteration.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.Protocol.data_received
features: sockets, sleep
"""
import asyncio
import socket
from loopspec import log


class Player(asyncio.Protocol):
    def __init__(self, name):
        self.name = name
        self.done = asyncio.get_running_loop().create_future()

    def connection_made(self, transport):
        log(self.name, "connection_made")
        self.transport = transport

    def data_received(self, data):
        log(self.name, "got", data)
        if len(data) < 6:
            self.transport.write(data + b"!")
        else:
            self.transport.close()

    def eof_received(self):
        log(self.name, "eof_received")

    def connection_lost(self, exc):
        log(self.name, "connection_lost", exc)
        self.done.set_result(None)


async def ticker():
    for i in range(10):
        log("tick", i)
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    ta, ping = await loop.connect_accepted_socket(lambda: Player("ping"), a)
    tb, pong = await loop.connect_accepted_socket(lambda: Player("pong"), b)
    ticking = asyncio.create_task(ticker())
    ta.write(b"hi")
    await ping.done
    await pong.done
    await ticking
