"""Server.close() stops accepting but leaves accepted connections working.

After close() the listening socket is gone, so a new connect is
refused, while the connection accepted before still echoes. 3.11's
wait_closed returns at once after close(); 3.12's waits for the
accepted connection to be lost, which happens when the client closes.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.Server.close
features: servers, streams, exceptions, tasks
"""
import asyncio
from loopspec import log


async def handle(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(b"echo " + line)
    log("handler saw end")
    writer.close()


async def wait(server):
    await server.wait_closed()
    log("wait_closed returned")


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    server.close()
    waiter = asyncio.create_task(wait(server))
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as e:
        log("new connect", type(e).__name__)
    writer.write(b"still there?\n")
    log("old connection", await reader.readline())
    writer.close()
    await writer.wait_closed()
    log("client closed")
    await waiter
