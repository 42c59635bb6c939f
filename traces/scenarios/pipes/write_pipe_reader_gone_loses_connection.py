"""A write pipe transport whose reader goes away loses its connection: connection_lost(None) with nothing buffered, BrokenPipeError with data buffered.

The transport watches its pipe for reading: on Linux the write end of a
pipe becomes readable once every read end is closed. That closes the
transport: the buffer is dropped and connection_lost gets None when the
buffer was empty, else BrokenPipeError(). Writes after that are counted and
dropped without an error.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.connect_write_pipe
features: pipes, futures, exceptions
"""
import asyncio
import os
from loopspec import log


class Writer(asyncio.BaseProtocol):
    def __init__(self, name, lost):
        self.name = name
        self.lost = lost

    def connection_lost(self, exc):
        log('connection_lost', self.name, exc, type(exc).__name__)
        self.lost.set_result(None)


async def connect(loop, name):
    r, w = os.pipe()
    lost = loop.create_future()
    transport, protocol = await loop.connect_write_pipe(lambda: Writer(name, lost), open(w, 'wb', buffering=0))
    return r, transport, lost


async def main():
    loop = asyncio.get_running_loop()
    r1, t1, lost1 = await connect(loop, 'empty')
    r2, t2, lost2 = await connect(loop, 'buffered')
    t1.write(b'x' * 10)
    t2.write(b'y' * 70000)
    log('buffered', t1.get_write_buffer_size(), t2.get_write_buffer_size())
    os.close(r1)
    os.close(r2)
    await lost1
    await lost2
    log('closing', t1.is_closing(), t2.is_closing(), t2.get_write_buffer_size())
    t1.write(b'dropped')
    t2.write(b'dropped')
    log('after writes', t1.get_write_buffer_size(), t2.get_write_buffer_size())
