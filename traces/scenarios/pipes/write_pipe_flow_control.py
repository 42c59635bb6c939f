"""A write pipe transport buffers what the pipe cannot take, pauses its protocol past the high water mark and resumes it once the buffer is written.

The pipe takes 64 KiB (Linux's default capacity); the rest of a write is
buffered and the transport watches the pipe for writing. Past the high
water mark (here 16 KiB) pause_writing is called at once, inside write().
Each time the pipe becomes writable the transport writes as much of its
buffer as fits; when all of it is written it stops watching and calls
resume_writing, the buffer being under the low water mark.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#flow-control-callbacks
features: pipes, futures
"""
import asyncio
import os
from loopspec import log


class Writer(asyncio.BaseProtocol):
    def __init__(self, resumed):
        self.resumed = resumed

    def pause_writing(self):
        log('pause_writing')

    def resume_writing(self):
        log('resume_writing')
        self.resumed.set_result(None)

    def connection_lost(self, exc):
        log('connection_lost', exc)


async def main():
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    resumed = loop.create_future()
    transport, protocol = await loop.connect_write_pipe(lambda: Writer(resumed), open(w, 'wb', buffering=0))
    transport.set_write_buffer_limits(high=16384)
    log('limits', transport.get_write_buffer_limits())
    transport.write(b'a' * 100000)
    log('buffered', transport.get_write_buffer_size())
    transport.write(b'b' * 10)
    log('buffered', transport.get_write_buffer_size())
    total = len(os.read(r, 65536))
    await asyncio.sleep(0)
    log('after one read', transport.get_write_buffer_size(), resumed.done())
    await asyncio.sleep(0)
    log('after the writer ran', transport.get_write_buffer_size(), resumed.done())
    total += len(os.read(r, 65536))
    log('read', total)
    transport.close()
    await asyncio.sleep(0)
    os.close(r)
