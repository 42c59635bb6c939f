"""StreamWriter.write_eof ends the sending side; the peer reads to its end and can still answer.

After write_eof() the peer's read returns what was written and then b"";
writing again raises RuntimeError. The reader on this side still gets the
peer's answer, and then end of file when the peer closes.

spec: https://docs.python.org/3.11/library/asyncio-stream.html#asyncio.StreamWriter.write_eof
features: streams, sockets
"""
import asyncio
import socket
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    b.setblocking(False)
    reader, writer = await asyncio.open_connection(sock=a)
    writer.writelines([b"question", b"?"])
    writer.write_eof()
    log("closing after write_eof?", writer.is_closing())
    try:
        writer.write(b"more")
    except RuntimeError as e:
        log("write after write_eof", str(e))
    log("peer reads", await loop.sock_recv(b, 100))
    log("peer reads", await loop.sock_recv(b, 100))
    await loop.sock_sendall(b, b"answer")
    b.close()
    log("reader", await reader.read(), reader.at_eof())
    writer.close()
    await writer.wait_closed()
