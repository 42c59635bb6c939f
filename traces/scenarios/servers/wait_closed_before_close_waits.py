"""Server.wait_closed on a server still open waits until close(), which wakes every waiter together.

Two tasks wait; neither returns while the server serves. close() with no
connection open wakes both, in the order they began to wait, and a
wait_closed after that returns at once.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.Server.wait_closed
features: servers, tasks, sleep
"""
import asyncio
from loopspec import log


async def waiter(server, name):
    await server.wait_closed()
    log("woke", name)


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(asyncio.Protocol, "127.0.0.1", 0)
    tasks = [asyncio.create_task(waiter(server, name)) for name in ["a", "b"]]
    for i in range(3):
        await asyncio.sleep(0)
        log("tick", i, [t.done() for t in tasks])
    server.close()
    log("closed")
    await asyncio.gather(*tasks)
    await server.wait_closed()
    log("late wait_closed returned")
