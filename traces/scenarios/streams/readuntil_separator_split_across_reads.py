"""readuntil finds a separator that arrives split across two pieces of data.

The separator b"\r\n" comes as b"\r" at the end of one piece and b"\n" at
the start of the next: readuntil keeps waiting, then returns the line with
both bytes. A separator longer than one byte is searched from where the
previous search could not have matched.

spec: https://docs.python.org/3.11/library/asyncio-stream.html#asyncio.StreamReader.readuntil
features: streams, tasks
"""
import asyncio
from loopspec import log


async def read_record(reader):
    record = await reader.readuntil(b"\r\n")
    log("record", record)


async def main():
    reader = asyncio.StreamReader()
    task = asyncio.create_task(read_record(reader))
    for piece in [b"GET / HTTP/1.1", b"\r", b"\nHost: x\r\n"]:
        await asyncio.sleep(0)
        log("feed", piece, task.done())
        reader.feed_data(piece)
    await task
    log("next", await reader.readuntil(b"\r\n"))
    reader.feed_data(b"a--b---c")
    log("three dashes", await reader.readuntil(b"---"))
    log("rest", await reader.read(100))
