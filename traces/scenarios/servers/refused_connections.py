"""Refused connections: a TCP port whose listener closed, a Unix path not listening, a missing path.

create_connection to a loopback port with no listener fails with
ConnectionRefusedError once the kernel answers the handshake; a Unix
path that is bound but does not listen refuses at once
(ConnectionRefusedError); a path where nothing exists raises
FileNotFoundError. Only the types are logged: the messages name the
port or the path.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.create_connection
features: servers, sockets, exceptions
"""
import asyncio
import socket
from loopspec import log, unix_path


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(asyncio.Protocol, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    server.close()
    await server.wait_closed()
    try:
        await loop.create_connection(asyncio.Protocol, "127.0.0.1", port)
    except ConnectionRefusedError as e:
        log("tcp", type(e).__name__, isinstance(e, ConnectionError))
    path = unix_path("bound.sock")
    bound = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    bound.bind(path)
    try:
        await loop.create_unix_connection(asyncio.Protocol, path)
    except ConnectionRefusedError as e:
        log("unix not listening", type(e).__name__)
    bound.close()
    try:
        await loop.create_unix_connection(asyncio.Protocol, unix_path("missing.sock"))
    except FileNotFoundError as e:
        log("unix missing", type(e).__name__, isinstance(e, OSError))
