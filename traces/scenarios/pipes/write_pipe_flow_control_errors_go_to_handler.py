"""An error raised by a write pipe's pause_writing or resume_writing goes to the exception handler; the transport goes on writing.

Flow control (transports._FlowControlMixin, shared with the socket
transports) calls pause_writing inside write() once the buffer passes the
high water mark, and resume_writing once it drains to the low one; an
error of either is reported to the exception handler with the message
'protocol.pause_writing() failed' (or resume_writing) and the transport,
still paused as far as flow control knows, carries on.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#flow-control-callbacks
features: pipes, exception_handler, exceptions, futures
"""
import asyncio
import os
from loopspec import log


class Writer(asyncio.BaseProtocol):
    def pause_writing(self):
        log('pause_writing')
        raise ValueError('cannot pause')

    def resume_writing(self):
        log('resume_writing')
        raise KeyError('cannot resume')

    def connection_lost(self, exc):
        log('connection_lost', exc)


def handler(loop, context):
    log('handler', context['message'], context['exception'])


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    r, w = os.pipe()
    transport, protocol = await loop.connect_write_pipe(Writer, open(w, 'wb', buffering=0))
    transport.set_write_buffer_limits(high=8192)
    transport.write(b'f' * 90000)
    log('buffered', transport.get_write_buffer_size(), transport.is_closing())
    total = len(os.read(r, 65536))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    log('buffered', transport.get_write_buffer_size())
    total += len(os.read(r, 65536))
    log('read', total)
    transport.close()
    await asyncio.sleep(0)
    os.close(r)
