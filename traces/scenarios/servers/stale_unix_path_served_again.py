"""A Unix path left behind by a closed listener is removed, and served again, by create_unix_server.

Closing a bound socket leaves its file in place; a new bind to the path
would fail with EADDRINUSE, but create_unix_server first removes a
socket file it finds there. The new server then accepts clients on the
same path.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.create_unix_server
features: servers, streams, sockets
"""
import asyncio
import socket
from loopspec import log, unix_path


async def handle(reader, writer):
    writer.write(b"fresh")
    writer.close()


async def main():
    path = unix_path("stale.sock")
    old = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    old.bind(path)
    old.close()
    again = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        again.bind(path)
    except OSError as e:
        log("plain bind", type(e).__name__)
    again.close()
    server = await asyncio.start_unix_server(handle, path)
    reader, writer = await asyncio.open_unix_connection(path)
    log("client reads", await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
