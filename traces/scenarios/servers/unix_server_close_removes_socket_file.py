"""From 3.13 closing a Unix server removes its socket file: a later connect finds no file instead of being refused.

Up to 3.12 the listening socket's file stays at its path after the
server closes, so connecting there is refused (ConnectionRefusedError).
3.13's create_unix_server remembers the path and its inode and, when the
server stops serving, removes the file if the inode is still the one it
bound: the connect then fails with FileNotFoundError. The same holds for
a socket the program bound itself and passed as sock=.

spec: https://docs.python.org/3.13/library/asyncio-eventloop.html#asyncio.loop.create_unix_server
features: servers, sockets, exceptions
"""
import asyncio
import socket
from loopspec import log, unix_path


async def connect_after_close(name, server, path):
    server.close()
    await server.wait_closed()
    try:
        await asyncio.open_unix_connection(path)
    except OSError as e:
        log(name, type(e).__name__)


async def main():
    loop = asyncio.get_running_loop()
    path = unix_path("by-path.sock")
    server = await loop.create_unix_server(asyncio.Protocol, path)
    log("serving", server.is_serving())
    await connect_after_close("path", server, path)

    own = unix_path("by-sock.sock")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.bind(own)
    server = await loop.create_unix_server(asyncio.Protocol, sock=sock)
    await connect_after_close("sock", server, own)
