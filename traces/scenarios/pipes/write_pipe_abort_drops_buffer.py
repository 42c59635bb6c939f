"""abort() on a write pipe transport drops its buffer and calls connection_lost(None) in the next iteration; after that abort() raises AttributeError.

abort() empties the buffer at once, stops watching the pipe and schedules
connection_lost(None), which closes the pipe: the reader gets what the pipe
held before, then end of file. Once connection_lost has run, the transport
has let go of its loop, so a second abort() fails with CPython's
AttributeError ('NoneType' object has no attribute '_remove_reader').

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.WriteTransport.abort
features: pipes, exceptions
"""
import asyncio
import os
from loopspec import log


class Writer(asyncio.BaseProtocol):
    def connection_lost(self, exc):
        log('connection_lost', exc)


async def main():
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    transport, protocol = await loop.connect_write_pipe(Writer, open(w, 'wb', buffering=0))
    transport.write(b'q' * 70000)
    log('buffered', transport.get_write_buffer_size())
    transport.abort()
    log('aborted', transport.is_closing(), transport.get_write_buffer_size())
    await asyncio.sleep(0)
    log('read', len(os.read(r, 100000)), os.read(r, 10))
    try:
        transport.abort()
    except AttributeError as e:
        log('abort again', e)
    os.close(r)
