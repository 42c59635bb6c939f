"""StreamReader.readline and readuntil return up to and including the separator.

Data fed in pieces is joined: a line that arrives in two pieces is one
readline(). At end of file readline() returns what is left without a
newline, then b"" for ever, while readuntil() raises IncompleteReadError
with the partial data and expected None.

spec: https://docs.python.org/3.11/library/asyncio-stream.html#asyncio.StreamReader.readline
features: streams
"""
import asyncio
from loopspec import log


async def main():
    reader = asyncio.StreamReader()
    reader.feed_data(b"first line\nsec")
    log("readline", await reader.readline())
    reader.feed_data(b"ond line\nthird|fourth|")
    log("readline", await reader.readline())
    log("readuntil", await reader.readuntil(b"|"))
    log("readuntil", await reader.readuntil(separator=b"|"))
    reader.feed_data(b"tail")
    log("not yet: at_eof", reader.at_eof())
    reader.feed_data(b" end")
    reader.feed_eof()
    try:
        await reader.readuntil(b"|")
    except asyncio.IncompleteReadError as e:
        log("IncompleteReadError", str(e), e.partial, e.expected, isinstance(e, EOFError))
    log("readline at eof", await reader.readline(), reader.at_eof())
