"""A plain function as start_server's client_connected_cb is called in the accept, with no task.

The stream protocol calls the callback from connection_made; its result
is not a coroutine, so no task is made and it runs before the client's
create_connection returns. What it writes reaches the client.

spec: https://docs.python.org/3.11/library/asyncio-stream.html#asyncio.start_server
features: servers, streams, tasks, all_tasks
"""
import asyncio
from loopspec import log

writers = []


def greet(reader, writer):
    log("callback called", len(asyncio.all_tasks()))
    writer.write(b"welcome")
    writer.close()
    writers.append(writer)


async def main():
    server = await asyncio.start_server(greet, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    log("client connected", len(writers))
    log("client reads", await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
