"""create_unix_server(cleanup_socket=False) leaves the socket file behind; before 3.13 the keyword is unknown.

cleanup_socket came with 3.13 (default True, which removes the file when
the server closes). With False the file stays, so a connect after the
close is refused rather than finding no file. 3.11 and 3.12 refuse the
keyword with a TypeError, raised when the call is made, before any
coroutine exists.

spec: https://docs.python.org/3.13/library/asyncio-eventloop.html#asyncio.loop.create_unix_server
features: servers, sockets, exceptions
"""
import asyncio
from loopspec import log, unix_path


async def main():
    loop = asyncio.get_running_loop()
    path = unix_path("kept.sock")
    try:
        server = await loop.create_unix_server(asyncio.Protocol, path, cleanup_socket=False)
    except TypeError:
        log("cleanup_socket is unknown")
        return
    server.close()
    await server.wait_closed()
    try:
        await asyncio.open_unix_connection(path)
    except OSError as e:
        log("connect after close", type(e).__name__)
