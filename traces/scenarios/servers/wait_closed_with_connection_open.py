"""Server.wait_closed after close() while an accepted connection is still open.

close() stops accepting and closes the listening socket, but the
connection it accepted stays open. 3.11 lets a wait_closed that starts
after close() return at once; from 3.12 it waits until every transport
the server accepted has called connection_lost, here when the client
closes its end and the server's transport sees end of file.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.Server.wait_closed
features: servers, sockets, tasks, sleep
"""
import asyncio
from loopspec import log


class Quiet(asyncio.Protocol):
    def connection_made(self, transport):
        log("server connection_made")

    def connection_lost(self, exc):
        log("server connection_lost", exc)


async def waiter(server):
    log("wait_closed starts")
    await server.wait_closed()
    log("wait_closed returned")


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Quiet, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    transport, protocol = await loop.create_connection(asyncio.Protocol, "127.0.0.1", port)
    await asyncio.sleep(0)
    server.close()
    log("closed", server.is_serving())
    task = asyncio.create_task(waiter(server))
    for i in range(3):
        await asyncio.sleep(0)
        log("tick", i, task.done())
    transport.close()
    for i in range(3, 8):
        await asyncio.sleep(0)
        log("tick", i, task.done())
    await task
