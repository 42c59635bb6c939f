"""A TCP socket the program made with socket.socket() keeps Nagle's algorithm: two small writes reach the peer's reads apart.

The same exchange as regressions/tcp_nodelay_on_asyncio_sockets, but the client's
socket is made by the program with socket.socket(AF_INET, SOCK_STREAM),
whose proto is 0, and handed to open_connection(sock=...). asyncio turns
Nagle's algorithm off only for a socket whose proto is IPPROTO_TCP
(base_events._set_nodelay), so the client's second small write waits for
the ACK of the first, and the server's read returns the first 120 bytes
alone. The server's reply carries that ACK, which lets the rest go (the
program never waits for the peer's delayed ACK, which takes real time).

spec: https://docs.python.org/3.11/library/asyncio-stream.html#asyncio.open_connection
features: streams, servers, sockets, sleep
"""
import asyncio
import socket
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    accepted = loop.create_future()
    server = await asyncio.start_server(lambda r, w: accepted.set_result((r, w)), '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setblocking(False)
    await loop.sock_connect(sock, ('127.0.0.1', port))
    client_r, client_w = await asyncio.open_connection(sock=sock)
    server_r, server_w = await accepted
    client_w.write(b'hello\n')
    log('server read', await server_r.read(4096))
    server_w.write(b'x' * 900)
    client_w.write(b'a' * 120)
    await asyncio.sleep(0)
    client_w.write(b'b' * 121)
    log('server read', len(await server_r.read(65536)))
    server_w.write(b'ok')
    log('server read', len(await server_r.read(65536)))
    log('client read', len(await client_r.read(65536)))
    client_w.close()
    server_w.close()
    await client_w.wait_closed()
    await server_w.wait_closed()
    server.close()
    await server.wait_closed()
