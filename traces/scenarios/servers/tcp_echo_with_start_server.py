"""A stream echo over TCP: start_server's callback task answers each line of open_connection's client.

The server comes back from start_server some iterations after the call
(resolving the host goes through a gather, then a sleep(0)); the client's
connect, the accept and the handler's task follow in a fixed number of
iterations, which the loop times pin.

spec: https://docs.python.org/3.11/library/asyncio-stream.html#asyncio.start_server
features: servers, streams, sockets, tasks
"""
import asyncio
from loopspec import log


async def handle(reader, writer):
    log("handler started")
    while True:
        line = await reader.readline()
        if not line:
            break
        log("server got", line)
        writer.write(b"echo " + line)
        await writer.drain()
    log("server saw end of file")
    writer.close()
    await writer.wait_closed()
    log("server closed its writer")


async def ticker():
    for i in range(12):
        log("tick", i)
        await asyncio.sleep(0)


async def main():
    tick = asyncio.create_task(ticker())
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    log("serving", server.is_serving())
    host, port = server.sockets[0].getsockname()
    reader, writer = await asyncio.open_connection(host, port)
    log("client connected")
    for word in [b"alpha\n", b"beta\n"]:
        writer.write(word)
        await writer.drain()
        log("client got", await reader.readline())
    writer.close()
    await writer.wait_closed()
    log("client closed")
    await tick
    server.close()
    await server.wait_closed()
    log("server closed", server.is_serving())
