"""create_unix_server(sock=...) serves a Unix socket the program bound itself.

The server listens on the socket it was given (its address is the
path) and accepts create_unix_connection's client, whose protocol and
the server's talk as over a path the server bound.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.create_unix_server
features: servers, sockets, sleep
"""
import asyncio
import socket
from loopspec import log, unix_path


class Answer(asyncio.Protocol):
    def connection_made(self, transport):
        log("server connection_made")
        transport.write(b"42")
        transport.close()


class Client(asyncio.Protocol):
    def __init__(self):
        self.done = asyncio.get_running_loop().create_future()

    def data_received(self, data):
        log("client data_received", data)

    def connection_lost(self, exc):
        log("client connection_lost", exc)
        self.done.set_result(None)


async def main():
    loop = asyncio.get_running_loop()
    path = unix_path("mine.sock")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.bind(path)
    server = await loop.create_unix_server(Answer, sock=sock)
    log("serving", server.is_serving(), server.sockets[0].getsockname() == path)
    transport, protocol = await loop.create_unix_connection(Client, path)
    await protocol.done
    server.close()
    await server.wait_closed()
