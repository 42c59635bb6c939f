"""close() on a read pipe transport stops reading and calls connection_lost(None) in the next iteration, then closes the pipe.

After close() the transport is closing; pause_reading,
resume_reading and a second close() do nothing. connection_lost comes from
a callback, so data already in the pipe is never delivered, and once it ran
the pipe file is closed and the transport holds no protocol. A write to
the pipe after that finds no reader: BrokenPipeError.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.BaseTransport.close
features: pipes, exceptions
"""
import asyncio
import os
from loopspec import log


class Reader(asyncio.Protocol):
    def data_received(self, data):
        log('data_received', data)

    def eof_received(self):
        log('eof_received')

    def connection_lost(self, exc):
        log('connection_lost', exc)


async def main():
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    pipe = open(r, 'rb', buffering=0)
    transport, protocol = await loop.connect_read_pipe(Reader, pipe)
    os.write(w, b'unread')
    transport.close()
    log('closing', transport.is_closing(), pipe.closed)
    transport.pause_reading()
    transport.resume_reading()
    transport.close()
    await asyncio.sleep(0)
    log('after', pipe.closed, transport.get_protocol())
    transport.close()
    try:
        os.write(w, b'more')
    except BrokenPipeError as e:
        log('write', type(e).__name__)
    os.close(w)
