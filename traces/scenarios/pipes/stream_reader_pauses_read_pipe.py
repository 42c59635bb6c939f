"""A StreamReader over a read pipe pauses the pipe's transport once it holds more than twice its limit, and resumes it once reads bring it down to the limit.

The read pipe transport has is_reading() from 3.11.4 (3.11.2 has none);
3.11.7 recorded the goldens.

spec: https://docs.python.org/3.11/library/asyncio-stream.html#streamreader
features: pipes, streams
python: 3.11.4
"""
import asyncio
import os
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    reader = asyncio.StreamReader(limit=4)
    transport, _ = await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader),
                                                open(r, 'rb', buffering=0))
    os.write(w, b'abcdefgh')
    await asyncio.sleep(0)
    log('wrote 8', transport.is_reading())
    os.write(w, b'i')
    await asyncio.sleep(0)
    log('wrote 1 more', transport.is_reading())
    log('read', await reader.readexactly(4), transport.is_reading())
    log('read', await reader.readexactly(1), transport.is_reading())
    os.write(w, b'jklmnopqrs')
    await asyncio.sleep(0)
    log('wrote 10 more', transport.is_reading())
    log('rest', await reader.read(100), transport.is_reading())
    os.close(w)
    log('eof', await reader.read(), transport.is_reading())
