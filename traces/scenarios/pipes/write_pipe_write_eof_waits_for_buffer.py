"""write_eof() on a write pipe transport closes the pipe only once its buffer is written; writes after it are dropped.

With data buffered, write_eof() only marks the transport closing. The
writer keeps writing as the pipe drains; when the buffer is empty it stops
watching the pipe and calls connection_lost(None) at once (not in a
callback), which closes the pipe, so the reader then sees end of file.
write() on a closing transport is counted and dropped, without an error;
a second write_eof() or close() does nothing.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.WriteTransport.write_eof
features: pipes, futures
"""
import asyncio
import os
from loopspec import log


class Writer(asyncio.BaseProtocol):
    def __init__(self, lost):
        self.lost = lost

    def connection_lost(self, exc):
        log('connection_lost', exc)
        self.lost.set_result(None)


async def main():
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    lost = loop.create_future()
    pipe = open(w, 'wb', buffering=0)
    transport, protocol = await loop.connect_write_pipe(lambda: Writer(lost), pipe)
    transport.write(b'z' * 70000)
    transport.write_eof()
    log('closing', transport.is_closing(), transport.get_write_buffer_size(), pipe.closed)
    transport.write(b'late')
    transport.write_eof()
    transport.close()
    log('buffered', transport.get_write_buffer_size())
    total = len(os.read(r, 65536))
    log('lost yet', lost.done())
    await lost
    log('pipe closed', pipe.closed)
    while True:
        data = os.read(r, 65536)
        if not data:
            break
        total += len(data)
    log('read', total)
    os.close(r)
