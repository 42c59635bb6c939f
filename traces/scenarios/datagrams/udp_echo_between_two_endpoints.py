"""A UDP echo: a connected client endpoint and a server endpoint made with sock= answer each other.

The server's socket is bound by the program, so its address is known;
the client's endpoint is connected to it (remote_addr), which costs no
iteration. Each endpoint comes back one iteration after its call, after
connection_made. A datagram sent in one iteration is received at the next
select, with the sender's address: the server answers to it, and the
client sees the server's address.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.create_datagram_endpoint
features: datagrams, tasks
"""
import asyncio
import socket
from loopspec import log


class EchoServer(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        log("server connection_made")
        self.transport = transport

    def datagram_received(self, data, addr):
        log("server got", data, "from host", addr[0])
        self.transport.sendto(b"echo " + data, addr)

    def connection_lost(self, exc):
        log("server connection_lost", exc)


class Client(asyncio.DatagramProtocol):
    def __init__(self, server_addr, done):
        self.server_addr = server_addr
        self.done = done

    def connection_made(self, transport):
        log("client connection_made")

    def datagram_received(self, data, addr):
        log("client got", data, "from the server", addr == self.server_addr)
        if data == b"echo two":
            self.done.set_result(None)

    def connection_lost(self, exc):
        log("client connection_lost", exc)


async def ticker():
    for i in range(8):
        log("tick", i)
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    tick = asyncio.create_task(ticker())
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    server_addr = sock.getsockname()
    server, _ = await loop.create_datagram_endpoint(EchoServer, sock=sock)
    log("server ready")
    done = loop.create_future()
    client, protocol = await loop.create_datagram_endpoint(
        lambda: Client(server_addr, done), remote_addr=server_addr)
    log("client ready", protocol.done is done)
    client.sendto(b"one")
    client.sendto(b"two")
    await done
    client.close()
    server.close()
    await tick
    log("closed", client.is_closing(), server.is_closing())
