"""`async with server` gives the server itself and closes it on leaving, also on an error.

Leaving the block calls close() and awaits wait_closed(); an exception
raised in the block goes on after that.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.Server
features: servers, exceptions, sleep
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(asyncio.Protocol, "127.0.0.1", 0)
    async with server as entered:
        log("entered is server", entered is server, server.is_serving())
    log("after block", server.is_serving(), len(server.sockets))
    other = await loop.create_server(asyncio.Protocol, "127.0.0.1", 0)
    try:
        async with other:
            raise ValueError("inside")
    except ValueError as e:
        log("error went on", e, other.is_serving())
