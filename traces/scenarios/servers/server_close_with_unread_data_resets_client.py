"""A server transport closed with the client's bytes unread resets the connection: the client's read fails.

The server's protocol never reads what arrived after it paused reading;
closing its socket with those bytes still in the kernel makes the
kernel reset the connection, and the client's stream read raises
ConnectionResetError instead of returning end of file.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.BaseTransport.close
features: servers, streams, exceptions, sleep
"""
import asyncio
from loopspec import log


class Deaf(asyncio.Protocol):
    def connection_made(self, transport):
        log("server connection_made")
        transport.pause_reading()
        self.transport = transport

    def connection_lost(self, exc):
        log("server connection_lost", exc)


async def main():
    loop = asyncio.get_running_loop()
    protocols = []

    def factory():
        protocols.append(Deaf())
        return protocols[-1]

    server = await loop.create_server(factory, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"unheard")
    await writer.drain()
    for i in range(3):
        await asyncio.sleep(0)
    protocols[0].transport.close()
    try:
        await reader.read()
    except ConnectionResetError as e:
        log("client read", type(e).__name__)
    writer.close()
    try:
        await writer.wait_closed()
    except ConnectionResetError as e:
        log("client wait_closed", type(e).__name__)
    server.close()
    await server.wait_closed()
