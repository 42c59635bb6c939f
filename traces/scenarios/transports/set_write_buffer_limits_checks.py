"""set_write_buffer_limits() derives the missing mark and refuses high below low or negatives.

The defaults are a high water mark of 64 KiB and a low one a quarter of
it; get_write_buffer_limits() returns (low, high). Given only high, low is
high // 4; given only low, high is 4 * low. Unless high >= low >= 0 the
call raises ValueError naming both, and the limits stay as they were.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.WriteTransport.set_write_buffer_limits
features: sockets, exceptions
"""
import asyncio
import socket
from loopspec import log


def attempt(transport, high, low):
    try:
        transport.set_write_buffer_limits(high=high, low=low)
        log("set", high, low, transport.get_write_buffer_limits())
    except ValueError as e:
        log("refused", high, low, e, transport.get_write_buffer_limits())


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    transport, protocol = await loop.connect_accepted_socket(asyncio.Protocol, a)
    log("defaults", transport.get_write_buffer_limits())
    attempt(transport, 1000, None)
    attempt(transport, None, 10)
    attempt(transport, 7, None)
    attempt(transport, 5, 10)
    attempt(transport, -1, None)
    attempt(transport, 0, -1)
    attempt(transport, 0, 0)
    attempt(transport, None, None)
    transport.set_write_buffer_limits(300)
    log("positional high", transport.get_write_buffer_limits())
    transport.close()
    await asyncio.sleep(0)
    b.close()
