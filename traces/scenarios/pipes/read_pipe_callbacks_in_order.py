"""A read pipe's protocol hears connection_made, each read's data, eof_received and connection_lost, in that order.

connect_read_pipe makes the descriptor non-blocking and schedules
connection_made, the start of reading and the waiter's result in that
order, so the call returns after connection_made. Each readiness of the
pipe reads what is there (up to 256 KiB) into one data_received. At end of
file the transport stops reading and schedules eof_received and then
connection_lost(None), each in a callback of its own; after it the pipe
file is closed.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.connect_read_pipe
features: pipes, futures
"""
import asyncio
import os
from loopspec import log


class Reader(asyncio.Protocol):
    def __init__(self, done):
        self.done = done

    def connection_made(self, transport):
        log('connection_made', transport.is_closing())

    def data_received(self, data):
        log('data_received', data)

    def eof_received(self):
        log('eof_received')

    def connection_lost(self, exc):
        log('connection_lost', exc)
        self.done.set_result(None)


async def main():
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    done = loop.create_future()
    pipe = open(r, 'rb', buffering=0)
    os.write(w, b'first')
    transport, protocol = await loop.connect_read_pipe(lambda: Reader(done), pipe)
    log('connected', transport.is_closing())
    await asyncio.sleep(0)
    os.write(w, b'second')
    await asyncio.sleep(0)
    os.close(w)
    await done
    log('closed', transport.is_closing(), pipe.closed, transport.get_protocol())
