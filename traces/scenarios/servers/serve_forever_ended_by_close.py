"""close() from another task ends serve_forever: its task ends cancelled.

close() cancels the future serve_forever awaits. serve_forever takes
that as a cancellation: it closes the server again (nothing left to do)
and waits as wait_closed does, then lets the CancelledError out, so the
task that ran serve_forever ends cancelled although nobody cancelled it.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.Server.serve_forever
features: servers, cancellation, tasks, sleep
"""
import asyncio
from loopspec import log


async def serve(server):
    try:
        await server.serve_forever()
    except asyncio.CancelledError:
        log("serve_forever raised CancelledError")
        raise
    log("serve_forever returned")


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(asyncio.Protocol, "127.0.0.1", 0)
    task = asyncio.create_task(serve(server))
    await asyncio.sleep(0)
    server.close()
    log("closed", task.done())
    for i in range(3):
        await asyncio.sleep(0)
        log("tick", i, task.done())
    log("task cancelled", task.cancelled())
