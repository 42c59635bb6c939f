"""Half-close over TCP with streams: the client's write_eof ends the server's reads, and the server still answers.

The handler reads everything up to end of file, answers with it
after "echo ", and closes; the client, after write_eof, still reads that
answer and then end of file.

spec: https://docs.python.org/3.11/library/asyncio-stream.html#asyncio.StreamWriter.write_eof
features: servers, streams
"""
import asyncio
from loopspec import log


async def handle(reader, writer):
    data = await reader.read()
    log("server read to end", data, reader.at_eof())
    writer.write(b"echo " + data)
    await writer.drain()
    writer.close()
    await writer.wait_closed()
    log("server closed")


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    log("can_write_eof", writer.can_write_eof())
    writer.write(b"one ")
    writer.write(b"two")
    writer.write_eof()
    log("client reads", await reader.read())
    log("client at_eof", reader.at_eof())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
