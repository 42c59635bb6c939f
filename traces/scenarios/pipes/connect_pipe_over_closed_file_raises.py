"""connect_read_pipe and connect_write_pipe over a closed file raise ValueError when awaited, after calling the protocol factory.

Both coroutines call the protocol factory first and then make the
transport, which asks the file for its descriptor: a closed file answers
ValueError('I/O operation on closed file'), which the awaiting caller
gets. No transport exists, so no protocol callback runs.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.connect_read_pipe
features: pipes, exceptions
"""
import asyncio
import os
from loopspec import log


class Reader(asyncio.Protocol):
    def __init__(self):
        log('factory called')

    def connection_made(self, transport):
        log('connection_made')


async def main():
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    rfile = open(r, 'rb', buffering=0)
    wfile = open(w, 'wb', buffering=0)
    rfile.close()
    wfile.close()
    log('closed', rfile.closed, wfile.closed)
    try:
        await loop.connect_read_pipe(Reader, rfile)
    except ValueError as e:
        log('read pipe', e)
    try:
        await loop.connect_write_pipe(Reader, wfile)
    except ValueError as e:
        log('write pipe', e)
