"""bytes.decode and str.encode with utf-8, ascii and latin-1: what cannot be converted raises UnicodeDecodeError or UnicodeEncodeError with CPython's positions and reasons, unless errors="ignore" or "replace".

A decoder names the longest invalid start of a sequence; an encoder names
the whole run of characters it cannot encode. An unknown codec is a
LookupError. The error objects are logged with their five arguments.

spec: https://docs.python.org/3.11/library/stdtypes.html#bytes.decode
features: tasks, sleep, exceptions
"""
import asyncio
from loopspec import log


async def receive():
    await asyncio.sleep(0.1)
    return b"caf\xc3\xa9 \xe2\x82"


async def main():
    data = await receive()
    try:
        log(data.decode())
    except UnicodeDecodeError as e:
        log("truncated", e, str(e))
    log(data.decode("utf-8", "replace"), data.decode(errors="ignore"), data.decode("latin-1"))
    for raw in (b"\xff", b"a\xc3(", b"\xe0\x80", b"\xed\xa0\x80", b"\xf0\x9f\x98\x80!"):
        try:
            log("ok", raw.decode("UTF-8"))
        except ValueError as e:
            log(raw, e.args, str(e))
    try:
        b"ok\x80".decode("ascii")
    except UnicodeError as e:
        log("ascii", e)
    text = "naïve €"
    log(text.encode(), text.encode("utf8"), text.encode("ascii", "replace"), text.encode("ascii", errors="ignore"))
    for codec in ("ascii", "latin-1"):
        try:
            log(text.encode(codec))
        except UnicodeEncodeError as e:
            log(codec, e, str(e))
    try:
        "x".encode("klingon")
    except LookupError as e:
        log("codec", e)
    try:
        "x".encode(8)
    except TypeError as e:
        log("codec type", e)
    log(bytes("é", "latin-1"), "é".encode("latin1").decode("latin-1"), str(b"caf\xc3\xa9", "utf-8"), str(b"\xff", errors="replace"))
    try:
        str("text", "utf-8")
    except TypeError as e:
        log("str of str", e)
