"""A client_connected_cb still waiting when asyncio.run ends is cancelled with the other tasks.

asyncio.run cancels the remaining tasks, the handler's among them. In
3.11 and 3.12 the stream protocol's done callback asks the cancelled
task for its exception, which raises CancelledError in the callback
itself: the exception handler hears of it as 'Exception in callback
...' (the rest of the message names the task, so only its start is
logged). From 3.13 the done callback closes the transport quietly when
the task was cancelled.

spec: https://docs.python.org/3.11/library/asyncio-stream.html#asyncio.start_server
features: servers, streams, exception_handler, cancellation, asyncio_run
"""
import asyncio
from loopspec import log


async def handle(reader, writer):
    log("handler waits")
    try:
        await reader.read()
    except asyncio.CancelledError:
        log("handler cancelled")
        raise


def handler(loop, context):
    message = context["message"]
    log("exception handler", message[:21] == "Exception in callback", type(context["exception"]).__name__)


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for i in range(3):
        await asyncio.sleep(0)
    log("main returns")
