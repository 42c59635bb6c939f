"""A write pipe transport writes at once what the pipe takes; connection_lost comes after close() in the next iteration.

connect_write_pipe schedules connection_made, a reader on the pipe's write
end (a pipe becomes readable there when its last reader goes) and the
waiter's result. With nothing buffered, write() hands the bytes to the pipe
at once, so the reading end has them before the writer's task yields. An
empty write does nothing. close() is write_eof() here: with nothing
buffered, connection_lost(None) comes in the next iteration, and the pipe
file is closed, so the reader sees end of file.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.connect_write_pipe
features: pipes
"""
import asyncio
import os
from loopspec import log


class Writer(asyncio.BaseProtocol):
    def connection_made(self, transport):
        log('connection_made', transport.get_write_buffer_size())

    def connection_lost(self, exc):
        log('connection_lost', exc)


async def main():
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    pipe = open(w, 'wb', buffering=0)
    transport, protocol = await loop.connect_write_pipe(Writer, pipe)
    log('limits', transport.get_write_buffer_limits(), transport.can_write_eof())
    transport.write(b'hello ')
    transport.write(b'')
    transport.write(b'pipe')
    log('read', os.read(r, 100), transport.get_write_buffer_size())
    transport.close()
    log('closing', transport.is_closing(), pipe.closed)
    await asyncio.sleep(0)
    log('closed', pipe.closed, transport.get_protocol())
    log('eof', os.read(r, 100))
    os.close(r)
