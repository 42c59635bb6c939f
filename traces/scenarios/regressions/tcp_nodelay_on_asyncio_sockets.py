"""asyncio's TCP transports turn Nagle's algorithm off: two small writes reach the peer's one read together.

A connection from open_connection to a start_server server: both sockets
come from getaddrinfo with proto IPPROTO_TCP, so the transport sets
TCP_NODELAY (base_events._set_nodelay). The server writes first, so the
client's kernel delays its ACKs (the connection is interactive). The client
then writes 120 bytes, lets the loop poll once (the server's socket is
readable, its reader is queued behind the client task), and writes 121 more
before the server's reader runs. Without Nagle's algorithm the second write
leaves at once and the reader's one recv returns all 241 bytes; with it the
second write would wait for the ACK of the first and the read would return
120.

spec: https://docs.python.org/3.11/library/asyncio-stream.html#asyncio.open_connection
features: streams, servers, sockets, sleep
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    accepted = loop.create_future()
    server = await asyncio.start_server(lambda r, w: accepted.set_result((r, w)), '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    client_r, client_w = await asyncio.open_connection('127.0.0.1', port)
    server_r, server_w = await accepted
    client_w.write(b'hello\n')
    log('server read', await server_r.read(4096))
    server_w.write(b'x' * 900)
    client_w.write(b'a' * 120)
    await asyncio.sleep(0)
    client_w.write(b'b' * 121)
    data = await server_r.read(65536)
    log('server read', len(data))
    log('client read', len(await client_r.read(65536)))
    client_w.close()
    server_w.close()
    await client_w.wait_closed()
    await server_w.wait_closed()
    server.close()
    await server.wait_closed()

