"""A closed loop refuses add_reader and add_writer with RuntimeError; remove_* return False.

add_reader and add_writer check that the loop is open; remove_reader
and remove_writer on a closed loop return False without looking.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.add_reader
features: sockets, close
"""
import asyncio
import socket
from loopspec import log


def attempt(what, call):
    try:
        log(what, call())
    except RuntimeError as e:
        log(what, type(e).__name__, str(e))


def scenario(loop):
    a, b = socket.socketpair()
    with a, b:
        loop.add_reader(a, log, "never")
        loop.close()
        attempt("remove_reader", lambda: loop.remove_reader(a))
        attempt("add_reader", lambda: loop.add_reader(a, log, "never"))
        attempt("add_writer", lambda: loop.add_writer(b, log, "never"))
        attempt("remove_writer", lambda: loop.remove_writer(b))
