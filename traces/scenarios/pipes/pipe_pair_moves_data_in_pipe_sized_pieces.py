"""A write pipe transport and a read pipe transport on the two ends of one pipe move 200 KiB in pipe-sized pieces.

The writer takes 64 KiB (the pipe's capacity) at once and buffers the rest;
from then on each iteration's poll finds the reading end readable and, once
the reader has emptied the pipe, the writing end writable: the reader's
callback is queued first (its descriptor was registered first), so each
iteration the reader takes what the pipe holds and the writer refills it
in the next one. close() waits for the buffer, then the reader sees end of
file.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#working-with-pipes
features: pipes, futures
"""
import asyncio
import os
from loopspec import log


class Reader(asyncio.Protocol):
    def __init__(self, lost):
        self.lost = lost
        self.total = 0

    def data_received(self, data):
        self.total += len(data)
        log('read', len(data))

    def eof_received(self):
        log('eof_received', self.total)

    def connection_lost(self, exc):
        self.lost.set_result(self.total)


class Writer(asyncio.BaseProtocol):
    def connection_lost(self, exc):
        log('writer lost', exc)


async def main():
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    lost = loop.create_future()
    await loop.connect_read_pipe(lambda: Reader(lost), open(r, 'rb', buffering=0))
    transport, protocol = await loop.connect_write_pipe(Writer, open(w, 'wb', buffering=0))
    transport.write(b'p' * 204800)
    log('buffered', transport.get_write_buffer_size())
    transport.close()
    log('total', await lost)
