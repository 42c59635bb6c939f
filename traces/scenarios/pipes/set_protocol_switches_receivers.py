"""set_protocol() on a pipe transport sends the callbacks that follow to the new protocol.

Both pipe transports call whatever protocol they hold when a callback
runs: after set_protocol(), a read pipe's data and end of file go to the
new one, and a write pipe's connection_lost too. get_protocol() returns
the protocol set, until connection_lost has run; then it returns None.
eof_received was bound when it was scheduled, in the same read that
noticed the end of file.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.BaseTransport.set_protocol
features: pipes, futures
"""
import asyncio
import os
from loopspec import log


class Named(asyncio.Protocol):
    def __init__(self, name):
        self.name = name

    def data_received(self, data):
        log(self.name, 'data_received', data)

    def eof_received(self):
        log(self.name, 'eof_received')

    def connection_lost(self, exc):
        log(self.name, 'connection_lost', exc)


async def main():
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    first = Named('first')
    second = Named('second')
    reader, protocol = await loop.connect_read_pipe(lambda: first, open(r, 'rb', buffering=0))
    writer, _ = await loop.connect_write_pipe(lambda: Named('writer'), open(w, 'wb', buffering=0))
    writer.write(b'one')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    reader.set_protocol(second)
    log('switched', reader.get_protocol() is second, protocol is first)
    writer.set_protocol(Named('new writer'))
    writer.write(b'two')
    writer.close()
    for _ in range(4):
        await asyncio.sleep(0)
    log('protocols', reader.get_protocol(), writer.get_protocol())
