"""Cancelling the task in serve_forever closes the server, and the task ends cancelled.

serve_forever starts serving (create_server was told not to) and awaits
a future of its own. Cancelling the task cancels that future; the
coroutine then closes the server and waits as wait_closed does (no
connection is open, so that returns at once) before the cancellation
goes on.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.Server.serve_forever
features: servers, cancellation, tasks, sleep
"""
import asyncio
from loopspec import log


async def serve(server):
    try:
        await server.serve_forever()
    except asyncio.CancelledError:
        log("serve_forever cancelled", server.is_serving(), len(server.sockets))
        raise


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(asyncio.Protocol, "127.0.0.1", 0, start_serving=False)
    log("before", server.is_serving())
    task = asyncio.create_task(serve(server))
    await asyncio.sleep(0)
    log("serving", server.is_serving())
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        log("task cancelled", task.cancelled())
    log("after", server.is_serving(), len(server.sockets))
    await server.wait_closed()
    log("wait_closed returned")
