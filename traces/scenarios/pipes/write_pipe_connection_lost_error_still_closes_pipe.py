"""An error raised by a write pipe's connection_lost goes to the exception handler; the pipe is closed and the protocol let go all the same.

close() with nothing buffered schedules connection_lost(None) as a callback
of its own. The transport closes the pipe file and drops its protocol in a
`finally`, so an error from connection_lost leaves the callback (the loop
reports it to the exception handler, as any callback's error) after the
pipe is closed: the reading end sees end of file.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.BaseProtocol.connection_lost
features: pipes, exception_handler, exceptions
"""
import asyncio
import os
from loopspec import log


class Writer(asyncio.BaseProtocol):
    def connection_lost(self, exc):
        log('connection_lost', exc)
        raise RuntimeError('lost badly')


def handler(loop, context):
    log('handler', context['exception'])


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    r, w = os.pipe()
    pipe = open(w, 'wb', buffering=0)
    transport, protocol = await loop.connect_write_pipe(Writer, pipe)
    transport.write(b'last words')
    transport.close()
    await asyncio.sleep(0)
    log('after', pipe.closed, transport.get_protocol(), transport.is_closing())
    log('read', os.read(r, 100), os.read(r, 100))
    os.close(r)
