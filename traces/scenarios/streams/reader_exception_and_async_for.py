"""set_exception makes every read raise it; async for over a reader yields its lines.

A reader waiting for data is woken with the exception at once; later
reads raise it too, and exception() returns it. Iterating a reader with
async for reads lines until readline() returns b"" at end of file.

spec: https://docs.python.org/3.11/library/asyncio-stream.html#asyncio.StreamReader
features: streams, tasks
"""
import asyncio
from loopspec import log


async def read_all(reader):
    try:
        await reader.readexactly(10)
    except ConnectionResetError as e:
        log("waiting reader", type(e).__name__, str(e))


async def main():
    reader = asyncio.StreamReader()
    log("exception()", reader.exception())
    task = asyncio.create_task(read_all(reader))
    await asyncio.sleep(0)
    reader.set_exception(ConnectionResetError("peer went away"))
    await task
    try:
        await reader.read(1)
    except ConnectionResetError as e:
        log("later read", str(e), reader.exception() is e)
    lines = asyncio.StreamReader()
    lines.feed_data(b"one\ntwo\nthree")
    lines.feed_eof()
    async for line in lines:
        log("line", line)
    log("done", lines.at_eof())
