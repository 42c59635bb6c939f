"""writelines() refuses a str piece and any call after write_eof(); since 3.12 in its own words.

Up to 3.11 writelines() joins the pieces and calls write(), so its errors
are the join's TypeError and write()'s RuntimeError. From 3.12 on the
socket transport has its own writelines(): after write_eof() it raises
RuntimeError('Cannot call writelines() after write_eof()'), and a str
piece fails as it is wrapped in a memoryview. Nothing is sent either way.

spec: https://docs.python.org/3.12/library/asyncio-protocol.html#asyncio.WriteTransport.writelines
features: sockets, exceptions
"""
import asyncio
import socket
from loopspec import log


def attempt(what, transport, pieces):
    try:
        transport.writelines(pieces)
        log(what, "accepted")
    except (TypeError, RuntimeError) as e:
        log(what, type(e).__name__, e)


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    b.setblocking(False)
    transport, protocol = await loop.connect_accepted_socket(asyncio.Protocol, a)
    attempt("str piece", transport, [b"bytes", "text"])
    transport.write_eof()
    attempt("after write_eof", transport, [b"late"])
    log("peer reads", await loop.sock_recv(b, 100))
    transport.close()
    await asyncio.sleep(0)
    b.close()
