"""create_server(start_serving=False) binds but does not listen: a connect is refused until start_serving().

The socket listens only when the server starts serving, so a TCP connect
to its port before that is refused. start_serving() makes it listen and
watch for connections, and returns after one iteration; a connect then
succeeds and the server's protocol sees it.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.Server.start_serving
features: servers, exceptions, sleep
"""
import asyncio
from loopspec import log


class Greeter(asyncio.Protocol):
    def connection_made(self, transport):
        log("server connection_made")
        transport.write(b"hi")
        transport.close()


async def main():
    server = await asyncio.get_running_loop().create_server(Greeter, "127.0.0.1", 0, start_serving=False)
    port = server.sockets[0].getsockname()[1]
    log("serving", server.is_serving())
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as e:
        log("connect before start_serving", type(e).__name__)
    await server.start_serving()
    log("serving", server.is_serving())
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    log("client read", await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
