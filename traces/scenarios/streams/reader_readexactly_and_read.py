"""readexactly waits for exactly n bytes; read(n) returns what is there; read() reads to end of file.

readexactly(n) waits until n bytes are buffered and raises
IncompleteReadError(partial, n) when the end of file comes first;
readexactly(-1) is a ValueError. read(n) returns as soon as any byte is
buffered, at most n of them, and read(0) returns b"" at once. read() with
no size reads until end of file.

spec: https://docs.python.org/3.11/library/asyncio-stream.html#asyncio.StreamReader.readexactly
features: streams, tasks
"""
import asyncio
from loopspec import log


async def feeder(reader, pieces):
    for piece in pieces:
        await asyncio.sleep(0)
        log("feeding", piece)
        reader.feed_data(piece)
    reader.feed_eof()
    log("fed eof")


async def main():
    reader = asyncio.StreamReader()
    task = asyncio.create_task(feeder(reader, [b"ab", b"cde", b"fghij", b"klm"]))
    log("readexactly(4)", await reader.readexactly(4))
    log("read(0)", await reader.read(0))
    log("read(100)", await reader.read(100))
    try:
        await reader.readexactly(-1)
    except ValueError as e:
        log("ValueError", str(e))
    log("read()", await reader.read())
    await task
    reader2 = asyncio.StreamReader()
    reader2.feed_data(b"xyz")
    reader2.feed_eof()
    try:
        await reader2.readexactly(5)
    except asyncio.IncompleteReadError as e:
        log("IncompleteReadError", str(e), e.partial, e.expected)
    log("after", await reader2.read(), reader2.at_eof())
