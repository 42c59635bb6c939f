"""create_server and create_connection over TCP: the order of both sides' protocol callbacks.

The client's connect suspends until the handshake is done; the server's
listener is readable at the same select and accepts in a task of its
own, so the server's connection_made runs before the client's, and
create_connection returns one iteration after the client's. Data then
crosses in one select each way; the client's write_eof reaches the
server's eof_received, whose False return closes the server's side, and
the client sees end of file and loses its connection in turn.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#connection-callbacks
features: servers, sockets, tasks, sleep
"""
import asyncio
from loopspec import log


class Echo(asyncio.Protocol):
    def connection_made(self, transport):
        log("server connection_made")
        self.transport = transport

    def data_received(self, data):
        log("server data_received", data)
        self.transport.write(b"echo " + data)

    def eof_received(self):
        log("server eof_received")
        return False

    def connection_lost(self, exc):
        log("server connection_lost", exc)


class Client(asyncio.Protocol):
    def connection_made(self, transport):
        log("client connection_made")

    def data_received(self, data):
        log("client data_received", data)

    def eof_received(self):
        log("client eof_received")

    def connection_lost(self, exc):
        log("client connection_lost", exc)


async def ticker():
    for i in range(16):
        log("tick", i)
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Echo, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    tick = asyncio.create_task(ticker())
    transport, protocol = await loop.create_connection(Client, "127.0.0.1", port)
    log("create_connection returned", transport.get_protocol() is protocol)
    transport.write(b"shout")
    transport.write_eof()
    await tick
    server.close()
    await server.wait_closed()
