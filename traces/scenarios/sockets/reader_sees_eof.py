"""After the peer's shutdown(SHUT_WR) or close, the reader runs and recv returns b"".

End of file makes a socket readable: a reader that does not remove
itself would run in every iteration. Data sent before the shutdown is
read first, b"" in the next iteration. A peer that only shut down its
writing side can still be sent to.

spec: https://docs.python.org/3.11/library/socket.html#socket.socket.shutdown
features: sockets, sleep, asyncio_run
"""
import asyncio
import socket
from loopspec import log


def reader(loop, sock, name):
    data = sock.recv(16)
    log(name, data)
    if data == b"":
        log(name, "removed", loop.remove_reader(sock))


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    c, d = socket.socketpair()
    for sock in (a, b, c, d):
        sock.setblocking(False)
    with a, c:
        loop.add_reader(a, reader, loop, a, "after shutdown")
        loop.add_reader(c, reader, loop, c, "after close")
        b.send(b"last")
        b.shutdown(socket.SHUT_WR)
        d.close()
        await asyncio.sleep(0.1)
        log("sent back", a.send(b"back"))
        log("peer reads", b.recv(16))
        b.close()
