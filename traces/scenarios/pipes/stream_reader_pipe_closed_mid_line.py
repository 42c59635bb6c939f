"""The writer closing a pipe mid-line ends a StreamReader's readuntil with IncompleteReadError holding the partial line; readline returns it instead.

spec: https://docs.python.org/3.11/library/asyncio-stream.html#asyncio.StreamReader.readuntil
features: pipes, streams, exceptions
"""
import asyncio
import os
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    r1, w1 = os.pipe()
    first = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(first), open(r1, 'rb', buffering=0))
    r2, w2 = os.pipe()
    second = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(second), open(r2, 'rb', buffering=0))
    waiting = asyncio.create_task(first.readuntil(b';'))
    await asyncio.sleep(0)
    os.write(w1, b'no separator')
    os.close(w1)
    try:
        await waiting
    except asyncio.IncompleteReadError as e:
        log('readuntil', e.partial, e.expected)
    os.write(w2, b'half a line')
    os.close(w2)
    log('readline', await second.readline(), second.at_eof())
