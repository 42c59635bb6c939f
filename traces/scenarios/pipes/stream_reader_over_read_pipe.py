"""A StreamReaderProtocol over a read pipe feeds a StreamReader: readline, readexactly and read() to end of file work on the pipe's bytes.

connect_read_pipe takes any protocol: StreamReaderProtocol's
connection_made gives the reader the pipe's transport, each read goes to
feed_data, and end of file to feed_eof. The writer's close is the reader's
end of file, and the transport then closes.

spec: https://docs.python.org/3.11/library/asyncio-stream.html#streamreader
features: pipes, streams
"""
import asyncio
import os
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    reader = asyncio.StreamReader()
    protocol = asyncio.StreamReaderProtocol(reader)
    transport, made = await loop.connect_read_pipe(lambda: protocol, open(r, 'rb', buffering=0))
    log('made', made is protocol)
    os.write(w, b'first line\nsecond line\n')
    log('readline', await reader.readline())
    os.write(w, b'0123456789')
    log('readexactly', await reader.readexactly(12))
    log('readexactly', await reader.readexactly(4))
    os.write(w, b'tail')
    os.close(w)
    log('read', await reader.read(), reader.at_eof())
    log('read at eof', await reader.read())
    await asyncio.sleep(0)
    log('transport closing', transport.is_closing())
