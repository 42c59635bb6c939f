"""sock_accept waits for a connection, returns it non-blocking with the peer's address, and the two talk.

The listener is tried at once (nothing queued), then watched; the
accept completes at the select after the client's connect. The
accepted socket's peer is the client's own address.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.sock_accept
features: servers, sockets, tasks, sleep
"""
import asyncio
import socket
from loopspec import log


async def accept(loop, listener):
    log("accept starts")
    conn, address = await loop.sock_accept(listener)
    log("accepted")
    return conn, address


async def main():
    loop = asyncio.get_running_loop()
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.setblocking(False)
    task = asyncio.create_task(accept(loop, listener))
    for i in range(2):
        await asyncio.sleep(0)
        log("tick", i, task.done())
    client = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    client.setblocking(False)
    await loop.sock_connect(client, listener.getsockname())
    log("client connected")
    conn, address = await task
    log("peer is client", address == client.getsockname(), conn.getpeername() == client.getsockname())
    await loop.sock_sendall(client, b"ping")
    log("conn reads", await loop.sock_recv(conn, 100))
    for sock in [client, conn, listener]:
        sock.close()
