"""is_serving() is False before start_serving, True while serving, False after close; sockets empties.

start_serving() and serve_forever() on a serving server do not restart
it; close() twice is harmless; the sockets tuple is empty once closed.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.Server.is_serving
features: servers, sleep
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(asyncio.Protocol, "127.0.0.1", 0, start_serving=False)
    log("made", server.is_serving(), len(server.sockets))
    await server.start_serving()
    log("started", server.is_serving(), len(server.sockets))
    await server.start_serving()
    log("started again", server.is_serving())
    server.close()
    log("closed", server.is_serving(), len(server.sockets))
    server.close()
    log("closed again", server.is_serving(), len(server.sockets))
    await server.wait_closed()
    log("get_loop", server.get_loop() is loop)
