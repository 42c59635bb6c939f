"""Three clients connect at once: one readable listener accepts them all, each in a task of its own.

The clients' connects are gathered, so their handshakes are in flight
together; the listener becomes readable once, and its reader accepts
every queued connection (up to the backlog) in the order they were
queued, starting a task for each. The transports' connection_made then
run in that order, and the gather returns with the clients in the order
they were given.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.create_server
features: servers, gather, tasks, sleep
"""
import asyncio
from loopspec import log


class Server(asyncio.Protocol):
    count = 0

    def connection_made(self, transport):
        Server.count += 1
        self.number = Server.count
        log("server connection_made", self.number)

    def data_received(self, data):
        log("server", self.number, "got", data)


class Client(asyncio.Protocol):
    def connection_made(self, transport):
        log("client connection_made")


async def connect(loop, port, name):
    transport, protocol = await loop.create_connection(Client, "127.0.0.1", port)
    log("connected", name)
    transport.write(name)
    return transport


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Server, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    transports = await asyncio.gather(connect(loop, port, b"a"), connect(loop, port, b"b"), connect(loop, port, b"c"))
    log("all connected")
    for i in range(3):
        await asyncio.sleep(0)
    for transport in transports:
        transport.close()
    server.close()
    await server.wait_closed()
