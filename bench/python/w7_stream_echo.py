"""W7: a stream echo over one socketpair connection, opened on each end with
open_connection(sock=...): the client writes a message, drains, and reads
the echo with readexactly; the server reads it with readexactly and writes it
back, draining. 64 B x 5k messages, and 64 KiB x 500 (as bench/cpp)."""
import asyncio
import socket

import common

SMALL, SMALL_MESSAGES = 64, 5_000
LARGE, LARGE_MESSAGES = 64 * 1024, 500


async def echo_server(reader, writer, size, n):
    for _ in range(n):
        data = await reader.readexactly(size)
        writer.write(data)
        await writer.drain()


async def echo_client(reader, writer, message, n):
    for _ in range(n):
        writer.write(message)
        await writer.drain()
        await reader.readexactly(len(message))


async def echo_main(size, n):
    a, b = socket.socketpair()
    client_reader, client_writer = await asyncio.open_connection(sock=a)
    server_reader, server_writer = await asyncio.open_connection(sock=b)
    server = asyncio.create_task(echo_server(server_reader, server_writer, size, n))
    await echo_client(client_reader, client_writer, b"x" * size, n)
    await server
    for writer in (client_writer, server_writer):
        writer.close()
        await writer.wait_closed()


def echo(size, n):
    def run(loop):
        loop.run_until_complete(echo_main(size, n))
        return n
    return run


WORKLOADS = [("W7_stream_echo_64B", echo(SMALL, SMALL_MESSAGES)),
             ("W7_stream_echo_64KiB", echo(LARGE, LARGE_MESSAGES))]

if __name__ == "__main__":
    common.main(WORKLOADS)
