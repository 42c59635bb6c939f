"""Two stream pairs on the two ends of one socketpair answer each other in turn.

Each side's readline() resumes in the iteration after the select that finds
the other side's line; the logs interleave in that order for three rounds.
The side that answers last writes to a peer that has closed: the send
fails (a broken pipe), the transport loses its connection, and drain()
raises ConnectionResetError('Connection lost'); wait_closed() raises the
BrokenPipeError the connection was lost with.

spec: https://docs.python.org/3.11/library/asyncio-stream.html#asyncio.open_connection
features: streams, sockets, tasks
"""
import asyncio
import socket
from loopspec import log


async def player(name, reader, writer, serve):
    if serve:
        writer.write(name.encode() + b" 0\n")
    for turn in range(3):
        line = await reader.readline()
        log(name, "got", line)
        writer.write(name.encode() + b" " + str(turn + 1).encode() + b"\n")
        try:
            await writer.drain()
        except ConnectionResetError as e:
            log(name, "drain", str(e))
    writer.close()
    try:
        await writer.wait_closed()
    except BrokenPipeError as e:
        log(name, "wait_closed", str(e))


async def main():
    a, b = socket.socketpair()
    ra, wa = await asyncio.open_connection(sock=a)
    rb, wb = await asyncio.open_connection(sock=b)
    await asyncio.gather(player("ping", ra, wa, True), player("pong", rb, wb, False))
    log("done")
