"""An exception raised by start_server's client_connected_cb goes to the loop's exception handler.

The coroutine callback runs in a task the stream protocol made; when
that task fails, its done callback reports the error with the message
'Unhandled exception in client_connected_cb' and the transport in the
context, and closes the transport, so the client reads end of file.

spec: https://docs.python.org/3.11/library/asyncio-stream.html#asyncio.start_server
features: servers, streams, exception_handler, exceptions
"""
import asyncio
from loopspec import log


async def handle(reader, writer):
    log("handler got", await reader.readline())
    raise ValueError("cannot serve")


def handler(loop, context):
    log("handler", context["message"], type(context["exception"]).__name__, context["exception"])
    log("transport closing", context["transport"].is_closing())


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"request\n")
    log("client reads", await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
