"""A Unix server run with serve_forever inside `async with`, ended by cancelling its task.

The cancellation closes the server inside serve_forever; leaving the
block then closes it again (nothing to do) and waits for it. A client
served meanwhile got its answer.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.Server.serve_forever
features: servers, streams, cancellation, tasks
"""
import asyncio
from loopspec import log, unix_path


async def handle(reader, writer):
    writer.write(b"served")
    writer.close()
    await writer.wait_closed()


async def run(path):
    server = await asyncio.start_unix_server(handle, path, start_serving=False)
    async with server:
        log("serving before serve_forever", server.is_serving())
        try:
            await server.serve_forever()
        except asyncio.CancelledError:
            log("serve_forever cancelled", server.is_serving())
            raise


async def main():
    path = unix_path("forever.sock")
    task = asyncio.create_task(run(path))
    await asyncio.sleep(0)
    reader, writer = await asyncio.open_unix_connection(path)
    log("client reads", await reader.read())
    writer.close()
    await writer.wait_closed()
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        log("task cancelled", task.cancelled())
