"""A socket's own errors: nothing to read, a closed peer, a closed socket.

recv on an empty non-blocking socket raises BlockingIOError. send to a
peer that has closed raises BrokenPipeError; a peer that closed with data
unread resets the connection (ConnectionResetError, then end of file).
A socket closed by leaving its `with` block raises OSError (bad file
descriptor). All are OSErrors.

spec: https://docs.python.org/3.11/library/socket.html#socket.socketpair
features: sockets, exceptions, asyncio_run
"""
import asyncio
import socket
from loopspec import log


def attempt(what, call):
    try:
        log(what, call())
    except (BlockingIOError, BrokenPipeError, ConnectionResetError) as e:
        log(what, type(e).__name__, str(e), isinstance(e, OSError))
    except OSError as e:
        log(what, type(e).__name__, str(e))


async def main():
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    with a:
        attempt("recv on empty", lambda: a.recv(1))
        b.close()
        attempt("send to closed peer", lambda: a.send(b"x"))
        attempt("recv after peer closed", lambda: a.recv(1))
    c, d = socket.socketpair()
    c.setblocking(False)
    with c:
        c.send(b"unread")
        d.close()
        attempt("recv after reset", lambda: c.recv(1))
        attempt("recv after the reset", lambda: c.recv(1))
    attempt("send on closed", lambda: c.send(b"x"))
