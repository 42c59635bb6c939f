"""A subclass of `asyncio.Protocol` inherits its do-nothing methods: calling one it does not override returns None, and `super()` reaches them.

The protocol's callbacks are called here through the loop, in the order
a transport would call them (connection_made, data_received with bytes,
eof_received, connection_lost); `eof_received` of the base returns None,
which tells a transport to close. The other protocol classes are there
to derive from too.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#base-protocols
features: call_soon, sleep
"""
import asyncio
from loopspec import log


class Echo(asyncio.Protocol):
    def __init__(self):
        self.received = b""
        self.transport = None

    def connection_made(self, transport):
        self.transport = transport
        log("made", transport)

    def data_received(self, data):
        self.received += data
        log("data", data, len(self.received))

    def connection_lost(self, exc):
        log("lost", exc, super().connection_lost(exc))


class Counting(asyncio.DatagramProtocol):
    def datagram_received(self, data, addr):
        log("datagram", data.decode(), addr)


async def main():
    loop = asyncio.get_running_loop()
    p = Echo()
    loop.call_soon(p.connection_made, "fake-transport")
    loop.call_soon(p.data_received, b"hello ")
    loop.call_soon(p.data_received, b"world")
    await asyncio.sleep(0)
    log("eof", p.eof_received(), p.received)
    p.connection_lost(None)
    p.pause_writing()
    log(isinstance(p, asyncio.Protocol), isinstance(p, asyncio.BaseProtocol),
        isinstance(p, asyncio.DatagramProtocol))
    d = Counting()
    d.datagram_received(b"ping", ("127.0.0.1", 9))
    log(d.error_received(ValueError("x")), d.connection_made(None))
    for cls in (asyncio.BufferedProtocol, asyncio.SubprocessProtocol):
        log(type(cls()).__name__)
    try:
        p.data_received()
    except TypeError as e:
        log("TypeError", e)
    try:
        asyncio.Protocol().data_received()
    except TypeError as e:
        log("TypeError", e)
