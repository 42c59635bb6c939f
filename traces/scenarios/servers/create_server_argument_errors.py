"""create_server and create_unix_server refuse host/port with sock=, and neither, with ValueError.

The refusals are raised by the coroutine, when it is awaited, before
any socket is made; the socket passed stays usable and serves afterwards.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.create_server
features: servers, sockets, exceptions
"""
import asyncio
import socket
from loopspec import log, unix_path


async def attempt(name, coro):
    try:
        await coro
    except ValueError as e:
        log(name, str(e))


async def main():
    loop = asyncio.get_running_loop()
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    coro = loop.create_server(asyncio.Protocol, "127.0.0.1", 0, sock=sock)
    log("coroutine made")
    await attempt("host and sock", coro)
    await attempt("neither", loop.create_server(asyncio.Protocol))
    await attempt("unix path and sock", loop.create_unix_server(asyncio.Protocol, unix_path("x.sock"), sock=sock))
    await attempt("unix neither", loop.create_unix_server(asyncio.Protocol))
    server = await loop.create_server(asyncio.Protocol, sock=sock)
    log("sock serves", server.is_serving(), server.sockets[0].getsockname() == sock.getsockname())
    server.close()
    await server.wait_closed()
