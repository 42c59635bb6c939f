"""A read pipe closes at end of file whatever eof_received returns.

A socket transport whose protocol's eof_received returns True stays open
for writing; a read pipe has nothing to keep open, so the transport
schedules eof_received and connection_lost(None) together and ignores the
answer. The transport is closing as soon as the end of file is read,
before eof_received runs.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.Protocol.eof_received
features: pipes, futures
"""
import asyncio
import os
from loopspec import log


class Reader(asyncio.Protocol):
    def __init__(self, lost):
        self.lost = lost
        self.transport = None

    def connection_made(self, transport):
        self.transport = transport

    def eof_received(self):
        log('eof_received', self.transport.is_closing())
        return True

    def connection_lost(self, exc):
        log('connection_lost', exc)
        self.lost.set_result(None)


async def main():
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    lost = loop.create_future()
    transport, protocol = await loop.connect_read_pipe(lambda: Reader(lost), open(r, 'rb', buffering=0))
    os.close(w)
    await lost
    log('closing', transport.is_closing())
