"""open_connection to a port nobody listens on: ConnectionRefusedError after the handshake is answered.

The connect suspends (TCP) and fails at a later select; the ticker shows
the iterations it took. open_unix_connection to a missing path fails in
the connect call itself, with FileNotFoundError.

spec: https://docs.python.org/3.11/library/asyncio-stream.html#asyncio.open_connection
features: servers, streams, exceptions, tasks, sleep
"""
import asyncio
from loopspec import log, unix_path


async def ticker():
    for i in range(4):
        log("tick", i)
        await asyncio.sleep(0)


async def main():
    server = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    server.close()
    await server.wait_closed()
    tick = asyncio.create_task(ticker())
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as e:
        log("open_connection", type(e).__name__)
    await tick
    tick = asyncio.create_task(ticker())
    try:
        await asyncio.open_unix_connection(unix_path("nobody.sock"))
    except FileNotFoundError as e:
        log("open_unix_connection", type(e).__name__)
    await tick
