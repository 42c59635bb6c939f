"""create_unix_server and create_unix_connection: the order of both sides' protocol callbacks.

The Unix connect is done when the connect call returns, so the client's
transport is made before the listener is even polled: the client's
connection_made comes first, and the server's follows once its accept
task has run.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.create_unix_connection
features: servers, sockets, tasks, sleep
"""
import asyncio
from loopspec import log, unix_path


class Echo(asyncio.Protocol):
    def connection_made(self, transport):
        log("server connection_made")
        self.transport = transport

    def data_received(self, data):
        log("server data_received", data)
        self.transport.write(b"echo " + data)

    def eof_received(self):
        log("server eof_received")

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
    for i in range(12):
        log("tick", i)
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    path = unix_path("echo.sock")
    server = await loop.create_unix_server(Echo, path)
    tick = asyncio.create_task(ticker())
    transport, protocol = await loop.create_unix_connection(Client, path)
    log("create_unix_connection returned")
    transport.write(b"quiet")
    transport.write_eof()
    await tick
    server.close()
    await server.wait_closed()
