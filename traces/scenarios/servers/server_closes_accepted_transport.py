"""A server protocol that closes its transport after writing: the client reads the data, then end of file.

close() with data buffered, or none, lets the write go out first; the
client's data_received comes before its eof_received, and its transport
closes when eof_received returns None. The server's connection_lost
(None) runs one iteration after its close().

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.BaseTransport.close
features: servers, sockets, sleep
"""
import asyncio
from loopspec import log


class Bye(asyncio.Protocol):
    def connection_made(self, transport):
        log("server connection_made")
        transport.write(b"goodbye")
        transport.close()
        log("server closing", transport.is_closing())

    def connection_lost(self, exc):
        log("server connection_lost", exc)


class Client(asyncio.Protocol):
    def __init__(self):
        self.lost = asyncio.get_running_loop().create_future()

    def data_received(self, data):
        log("client data_received", data)

    def eof_received(self):
        log("client eof_received")

    def connection_lost(self, exc):
        log("client connection_lost", exc)
        self.lost.set_result(None)


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Bye, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    transport, protocol = await loop.create_connection(Client, "127.0.0.1", port)
    log("connected")
    await protocol.lost
    log("client closing", transport.is_closing())
    server.close()
    await server.wait_closed()
