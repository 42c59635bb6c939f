"""create_datagram_endpoint checks its arguments when awaited, not when called.

The call only makes a coroutine; awaiting it raises: ValueError for a
sock= that is not a datagram socket (its message shows the socket) or
that comes with an address or a family (the message lists them),
ValueError without addresses or family, TypeError for a Unix address
that is not a path or another address that is not a pair. A Unix
remote_addr with no file is the connect's FileNotFoundError, and one
whose socket is gone its ConnectionRefusedError.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.create_datagram_endpoint
features: datagrams, servers
"""
import asyncio
import socket
from loopspec import log, unix_path


async def attempt(what, coro):
    log(what, "coroutine made")
    try:
        await coro
        log(what, "made an endpoint")
    except (ValueError, TypeError, OSError) as e:
        log(what, type(e).__name__, str(e) if what != "stream sock" else "")


async def main():
    loop = asyncio.get_running_loop()
    factory = asyncio.DatagramProtocol
    stream = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    dgram = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    await attempt("stream sock", loop.create_datagram_endpoint(factory, sock=stream))
    await attempt("sock with local_addr",
                  loop.create_datagram_endpoint(factory, ("127.0.0.1", 0), sock=dgram))
    await attempt("sock with family",
                  loop.create_datagram_endpoint(factory, family=socket.AF_INET, sock=dgram))
    await attempt("nothing", loop.create_datagram_endpoint(factory))
    await attempt("unix tuple", loop.create_datagram_endpoint(
        factory, local_addr=("127.0.0.1", 0), family=socket.AF_UNIX))
    await attempt("inet path", loop.create_datagram_endpoint(factory, remote_addr=unix_path("x")))
    await attempt("missing path", loop.create_datagram_endpoint(
        factory, remote_addr=unix_path("missing"), family=socket.AF_UNIX))
    gone = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    gone.bind(unix_path("gone"))
    gone.close()
    await attempt("closed path", loop.create_datagram_endpoint(
        factory, remote_addr=unix_path("gone"), family=socket.AF_UNIX))
    stream.close()
    dgram.close()
