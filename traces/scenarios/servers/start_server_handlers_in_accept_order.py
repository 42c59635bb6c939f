"""Three stream clients: start_server runs a handler task per connection, in the order they were accepted.

The clients connect one after the other before the server's listener is
polled again; the handlers start in that order, each in its own task,
and each answers its own client.

spec: https://docs.python.org/3.11/library/asyncio-stream.html#asyncio.start_server
features: servers, streams, gather, tasks
"""
import asyncio
from loopspec import log


async def handle(reader, writer):
    name = await reader.readline()
    log("handler for", name)
    writer.write(b"hello " + name)
    writer.close()
    await writer.wait_closed()


async def client(port, name):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    log("connected", name)
    writer.write(name + b"\n")
    answer = await reader.read()
    writer.close()
    await writer.wait_closed()
    return answer


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    answers = await asyncio.gather(client(port, b"x"), client(port, b"y"), client(port, b"z"))
    log("answers", answers)
    server.close()
    await server.wait_closed()
