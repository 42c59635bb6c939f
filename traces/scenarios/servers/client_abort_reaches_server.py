"""A client that aborts with nothing buffered: the server sees end of file, then connection_lost(None).

abort() drops the buffer and closes the socket one iteration later
(the client's connection_lost(None)); with no unread data on the
client's side the kernel ends the stream normally, so the server gets
eof_received and then, its return being None, connection_lost(None).

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.WriteTransport.abort
features: servers, sockets, sleep
"""
import asyncio
from loopspec import log


class Watch(asyncio.Protocol):
    def connection_made(self, transport):
        log("server connection_made")

    def data_received(self, data):
        log("server data_received", data)

    def eof_received(self):
        log("server eof_received")

    def connection_lost(self, exc):
        log("server connection_lost", exc)


class Client(asyncio.Protocol):
    def connection_lost(self, exc):
        log("client connection_lost", exc)


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Watch, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    transport, protocol = await loop.create_connection(Client, "127.0.0.1", port)
    transport.write(b"last words")
    await asyncio.sleep(0)
    transport.abort()
    log("aborted", transport.is_closing())
    for i in range(6):
        log("tick", i)
        await asyncio.sleep(0)
    server.close()
    await server.wait_closed()
