"""write() takes bytes: a str raises TypeError naming its type, and nothing is sent.

The check comes before every other: even after write_eof(), a str gets the
TypeError rather than the RuntimeError. An empty bytes is accepted and
sends nothing.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.WriteTransport.write
features: sockets, exceptions
"""
import asyncio
import socket
from loopspec import log


def attempt(what, transport, data):
    try:
        transport.write(data)
        log(what, "accepted")
    except (TypeError, RuntimeError) as e:
        log(what, type(e).__name__, e)


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    b.setblocking(False)
    transport, protocol = await loop.connect_accepted_socket(asyncio.Protocol, a)
    attempt("str", transport, "text")
    attempt("int", transport, 42)
    attempt("empty", transport, b"")
    attempt("bytes", transport, b"ok")
    transport.write_eof()
    attempt("str after write_eof", transport, "text")
    attempt("bytes after write_eof", transport, b"ok")
    log("peer reads", await loop.sock_recv(b, 100))
    transport.close()
    await asyncio.sleep(0)
    b.close()
