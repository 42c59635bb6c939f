"""A StreamReader's limit bounds a line: readuntil raises LimitOverrunError, readline a ValueError.

With limit=8, readuntil raises LimitOverrunError when the separator is not
within the first limit bytes (consumed says how far it looked) and leaves
the buffer as it is; readline turns that into a ValueError and drops the
line, up to and including its newline when it is buffered, else the whole
buffer. A limit below 1 is a ValueError.

spec: https://docs.python.org/3.11/library/asyncio-stream.html#asyncio.StreamReader.readuntil
features: streams
"""
import asyncio
from loopspec import log


async def main():
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        log("limit=0", str(e))
    reader = asyncio.StreamReader(limit=8)
    reader.feed_data(b"0123456789abcdef\nshort\n")
    try:
        await reader.readuntil(b"\n")
    except asyncio.LimitOverrunError as e:
        log("LimitOverrunError", str(e), e.consumed)
    try:
        await reader.readline()
    except ValueError as e:
        log("readline", type(e).__name__, str(e))
    log("next line", await reader.readline())
    reader.feed_data(b"no newline in sight at all")
    try:
        await reader.readuntil(b"!")
    except asyncio.LimitOverrunError as e:
        log("LimitOverrunError", str(e), e.consumed)
    try:
        await reader.readline()
    except ValueError as e:
        log("readline", str(e))
    reader.feed_data(b"ok\n")
    log("after the drop", await reader.readline())
    try:
        await reader.readuntil(b"")
    except ValueError as e:
        log("empty separator", str(e))
