"""An error raised by a read pipe's data_received goes to the exception handler, and the transport keeps reading.

The socket transport turns a protocol's error into a fatal error that
closes the connection; the read pipe transport does not catch it: it
leaves _read_ready as any callback's error does, the loop reports it to
the exception handler (its message names the callback, which the trace
does not log: other loops word it differently), and the pipe stays
watched, so the next data arrives as usual. An error from eof_received,
which runs in a callback of its own, is reported the same way and does
not stop connection_lost.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.Protocol.data_received
features: pipes, exception_handler, exceptions, futures
"""
import asyncio
import os
from loopspec import log


class Reader(asyncio.Protocol):
    def __init__(self, lost):
        self.lost = lost

    def data_received(self, data):
        log('data_received', data)
        if data == b'bad':
            raise ValueError('bad data')

    def eof_received(self):
        log('eof_received')
        raise KeyError('eof')

    def connection_lost(self, exc):
        log('connection_lost', exc)
        self.lost.set_result(None)


def handler(loop, context):
    log('handler', context['exception'])


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    r, w = os.pipe()
    lost = loop.create_future()
    transport, protocol = await loop.connect_read_pipe(lambda: Reader(lost), open(r, 'rb', buffering=0))
    os.write(w, b'bad')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    log('closing', transport.is_closing())
    os.write(w, b'good')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    os.close(w)
    await lost
