"""sendto() without an address on an unconnected transport is a fatal error: the handler hears of it, the transport closes.

The transport passes addr=None on to the socket's sendto, which raises
TypeError. That is no OSError, so it is not error_received's: the
transport reports it to the exception handler as 'Fatal write error on
datagram transport' and force-closes, so connection_lost gets the
TypeError in the next iteration. sendto() itself returns normally.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.DatagramTransport.sendto
features: datagrams, exception_handler
"""
import asyncio
from loopspec import log


class Endpoint(asyncio.DatagramProtocol):
    def error_received(self, exc):
        log("error_received", exc)

    def connection_lost(self, exc):
        log("connection_lost", type(exc).__name__, str(exc))


def handler(loop, context):
    log("handler", context["message"], type(context["exception"]).__name__,
        context["protocol"] is protocol_box[0])


protocol_box = [None]


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    transport, protocol = await loop.create_datagram_endpoint(Endpoint, local_addr=("127.0.0.1", 0))
    protocol_box[0] = protocol
    transport.sendto(b"where to?")
    log("sendto returned", transport.is_closing())
    await asyncio.sleep(0)
    log("after one iteration", transport.get_protocol() is None)
