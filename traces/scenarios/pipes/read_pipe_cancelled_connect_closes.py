"""A connect_read_pipe cancelled while it waits for connection_made closes the transport it made.

The transport's constructor has scheduled connection_made, the start of
reading and the waiter's result. Cancelling the caller's task before they
run cancels the waiter, so connect_read_pipe closes the transport and
re-raises: connection_made and the start of reading still run (they were
queued first), but close() removes the reader before any poll, so nothing
is read; connection_lost(None) follows, which closes the pipe.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.connect_read_pipe
features: pipes, cancellation, tasks
"""
import asyncio
import os
from loopspec import log


class Reader(asyncio.Protocol):
    def connection_made(self, transport):
        log('connection_made', transport.is_closing())

    def data_received(self, data):
        log('data_received', data)

    def connection_lost(self, exc):
        log('connection_lost', exc)


async def main():
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    pipe = open(r, 'rb', buffering=0)
    os.write(w, b'never read')
    task = asyncio.create_task(loop.connect_read_pipe(Reader, pipe))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        log('cancelled', pipe.closed)
    await asyncio.sleep(0)
    log('pipe closed', pipe.closed)
    os.close(w)
