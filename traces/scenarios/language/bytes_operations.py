"""bytes: literals, `+`, `*`, len, indexing (an int), slicing, `in`, comparison, iteration and bytes(...); a trace writes them as {"bytes": latin-1 text}.

A bytes value built across an await is the same as one built at once.

spec: https://docs.python.org/3.11/library/stdtypes.html#bytes-objects
features: tasks, sleep, exceptions
"""
import asyncio
from loopspec import log

HEADER = b"\x00\x01LS"


async def chunk(n):
    await asyncio.sleep(0.1)
    return b"ab" * n


async def main():
    b = b"hello\xff"
    log(b, HEADER, b"", b'q"uo\'te', b"\t\n\\")
    log(len(b), b[0], b[-1], b[1:3], b[::-1], b[::2])
    log(b + b"!", b * 2, 2 * b"xy", b * 0)
    log(b"ell" in b, 104 in b, 0 in b, b"" in b)
    log(b == b"hello\xff", b == "hello", b < b"help", b"a" < b"ab", b"\xff" > b"a", b != b"x")
    total = b""
    for i in range(3):
        total = total + await chunk(i)
    log(total, len(total))
    items = []
    for x in b"AZ\x80":
        items.append(x)
    log(items)
    log(bytes(), bytes(3), bytes([65, 66, 255]), bytes(range(3)), bytes("é", "utf-8"), bytes(b"copy"))
    log(str(b"x\x00"), repr(b"it's"), f"{b'ab'}", f"{total!r:>12}")
    try:
        log(b + "s")
    except TypeError as e:
        log("concat", e)
    try:
        log("s" in b)
    except TypeError as e:
        log("in", e)
    try:
        log(300 in b)
    except ValueError as e:
        log("in range", e)
    try:
        log(b[10])
    except IndexError as e:
        log("index", e)
    try:
        log(b["0"])
    except TypeError as e:
        log("index type", e)
    for bad in ([256], ["a"], -1, "text", 1.5):
        try:
            log(bytes(bad))
        except (TypeError, ValueError) as e:
            log("bytes()", e)
