"""A stream echo over a Unix socket: start_unix_server's callback answers open_unix_connection's client.

A Unix connect completes in the connect call itself, so the client's
connect does not suspend on the handshake as TCP's does; the handler's
task still starts from the listener's reader at the next select.

spec: https://docs.python.org/3.11/library/asyncio-stream.html#asyncio.start_unix_server
features: servers, streams, tasks, sleep
"""
import asyncio
from loopspec import log, unix_path


async def handle(reader, writer):
    log("handler started")
    line = await reader.readline()
    log("server got", line)
    writer.write(b"echo " + line)
    await writer.drain()
    log("server reads", await reader.read())
    writer.close()
    await writer.wait_closed()
    log("server closed its writer")


async def ticker():
    for i in range(10):
        log("tick", i)
        await asyncio.sleep(0)


async def main():
    path = unix_path("echo.sock")
    server = await asyncio.start_unix_server(handle, path)
    log("serving", server.is_serving(), len(server.sockets))
    tick = asyncio.create_task(ticker())
    reader, writer = await asyncio.open_unix_connection(path)
    log("client connected")
    writer.write(b"hello\n")
    log("client got", await reader.readline())
    writer.close()
    await writer.wait_closed()
    log("client closed")
    await tick
    server.close()
    await server.wait_closed()
