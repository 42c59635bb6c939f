"""serve_forever refuses a second caller and a closed server with RuntimeError.

While one task is in serve_forever, another call raises RuntimeError
(the message names the server, whose repr names descriptors, so only the
type is logged) and leaves the first one serving. Once the server is
closed, serve_forever raises RuntimeError again, without starting to serve.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.Server.serve_forever
features: servers, exceptions, cancellation, tasks, sleep
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(asyncio.Protocol, "127.0.0.1", 0)
    first = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0)
    try:
        await server.serve_forever()
    except RuntimeError as e:
        log("second serve_forever", type(e).__name__)
    log("first still serving", first.done(), server.is_serving())
    first.cancel()
    try:
        await first
    except asyncio.CancelledError:
        log("first cancelled")
    try:
        await server.serve_forever()
    except RuntimeError as e:
        log("serve_forever on closed", type(e).__name__, server.is_serving())
