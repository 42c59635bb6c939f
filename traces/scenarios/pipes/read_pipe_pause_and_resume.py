"""pause_reading stops a read pipe's data_received until resume_reading; what came meanwhile arrives in one read.

The reader a poll finds ready runs after the callbacks already queued, so
the task's first sleep(0) returns before data_received. pause_reading
removes the reader, so data written while paused stays in the pipe;
resume_reading watches the pipe again and the next readiness reads all of
it at once. Pausing twice or resuming a transport that is not paused does
nothing; close() leaves what is unread in the pipe.

The read pipe transport has is_reading() from 3.11.4 (3.11.2 has none);
3.11.7 recorded the goldens.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.ReadTransport.pause_reading
features: pipes, futures
python: 3.11.4
"""
import asyncio
import os
from loopspec import log


class Reader(asyncio.Protocol):
    def data_received(self, data):
        log('data_received', data)

    def connection_lost(self, exc):
        log('connection_lost', exc)


async def main():
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    transport, protocol = await loop.connect_read_pipe(Reader, open(r, 'rb', buffering=0))
    transport.resume_reading()
    os.write(w, b'one')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    transport.pause_reading()
    transport.pause_reading()
    log('paused', transport.is_reading())
    os.write(w, b'two')
    await asyncio.sleep(0)
    os.write(w, b'three')
    await asyncio.sleep(0)
    log('resuming')
    transport.resume_reading()
    log('reading', transport.is_reading())
    await asyncio.sleep(0)
    log('tick')
    await asyncio.sleep(0)
    log('tick')
    transport.close()
    await asyncio.sleep(0)
    os.close(w)
