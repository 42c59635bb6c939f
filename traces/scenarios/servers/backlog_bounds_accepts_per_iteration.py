"""backlog= bounds how many connections one readable listener accepts in an iteration.

Three clients connect to a listening socket before any server serves it.
create_server(sock=..., backlog=2) then serves it: each time the socket
is readable its reader accepts at most two connections, so the third
waits for the next select.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.create_server
features: servers, sockets, sleep
"""
import asyncio
import socket
from loopspec import log


class Server(asyncio.Protocol):
    def connection_made(self, transport):
        log("server connection_made")
        transport.close()


async def main():
    loop = asyncio.get_running_loop()
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(2)
    port = listener.getsockname()[1]
    clients = []
    for i in range(3):
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setblocking(False)
        await loop.sock_connect(sock, ("127.0.0.1", port))
        clients.append(sock)
    log("three connected")
    server = await loop.create_server(Server, sock=listener, backlog=2)
    log("create_server returned")
    for i in range(4):
        log("tick", i)
        await asyncio.sleep(0)
    for sock in clients:
        sock.close()
    server.close()
    await server.wait_closed()
