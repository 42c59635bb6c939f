"""sock_connect over TCP waits for the handshake; over a Unix socket it is done in the call.

A non-blocking TCP connect to loopback returns EINPROGRESS, so
sock_connect installs a writer and completes at the select that sees the
socket writable: the ticker runs meanwhile. A Unix connect to a
listening path succeeds at once, and sock_connect returns without
letting anything else run.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.sock_connect
features: servers, sockets, tasks, sleep
"""
import asyncio
import socket
from loopspec import log, unix_path


async def ticker():
    for i in range(4):
        log("tick", i)
        await asyncio.sleep(0)


async def connect(loop, family, address):
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setblocking(False)
    tick = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    log("connect starts")
    await loop.sock_connect(sock, address)
    log("connect done")
    await tick
    return sock


async def main():
    loop = asyncio.get_running_loop()
    tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    tcp.bind(("127.0.0.1", 0))
    tcp.listen(1)
    log("tcp")
    a = await connect(loop, socket.AF_INET, ("127.0.0.1", tcp.getsockname()[1]))
    path = unix_path("listener.sock")
    unix = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    unix.bind(path)
    unix.listen(1)
    log("unix")
    b = await connect(loop, socket.AF_UNIX, path)
    for sock in [a, b, tcp, unix]:
        sock.close()
