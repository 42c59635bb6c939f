"""open_connection and create_connection check host, port and sock inside the coroutine.

Passing sock= together with a host or port, or none of them, is a
ValueError raised when the coroutine runs, not when it is called.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.create_connection
features: streams, sockets
"""
import asyncio
import socket
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    coro = asyncio.open_connection()
    log("made the coroutine")
    try:
        await coro
    except ValueError as e:
        log("no sock", str(e))
    try:
        await asyncio.open_connection("127.0.0.1", 0, sock=a)
    except ValueError as e:
        log("both", str(e))
    try:
        await loop.create_connection(asyncio.Protocol, port=0, sock=a)
    except ValueError as e:
        log("port and sock", str(e))
    transport, protocol = await loop.create_connection(asyncio.Protocol, sock=a)
    log("plain protocol", type(protocol).__name__ == "Protocol", transport.is_closing())
    transport.close()
    await asyncio.sleep(0)
    b.close()
