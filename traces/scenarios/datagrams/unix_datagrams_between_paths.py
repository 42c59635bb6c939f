"""Unix datagram endpoints on paths from unix_path: a bound sender is named, an unbound one is None.

With family=AF_UNIX, local_addr and remote_addr are paths. The server
endpoint is bound to one; a client bound to a path of its own and
connected to the server's is seen with that path as its address, and the
server answers there. An unbound client's datagrams come from no address
at all: datagram_received's addr is None.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.create_datagram_endpoint
features: datagrams, servers
"""
import asyncio
import socket
from loopspec import log, unix_path


class Server(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        log("server got", data, "from the client's path", addr == unix_path("client"), "unnamed", addr is None)
        if addr is not None:
            self.transport.sendto(b"echo " + data, addr)


class Client(asyncio.DatagramProtocol):
    def __init__(self):
        self.answer = asyncio.get_running_loop().create_future()

    def datagram_received(self, data, addr):
        log("client got", data, "from the server's path", addr == unix_path("server"))
        self.answer.set_result(data)


async def main():
    loop = asyncio.get_running_loop()
    server, _ = await loop.create_datagram_endpoint(Server, local_addr=unix_path("server"), family=socket.AF_UNIX)
    named, protocol = await loop.create_datagram_endpoint(
        Client, local_addr=unix_path("client"), remote_addr=unix_path("server"), family=socket.AF_UNIX)
    named.sendto(b"hello")
    log("answer", await protocol.answer)
    unnamed, _ = await loop.create_datagram_endpoint(Client, remote_addr=unix_path("server"), family=socket.AF_UNIX)
    unnamed.sendto(b"anonymous")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    for transport in [unnamed, named, server]:
        transport.close()
    await asyncio.sleep(0)
