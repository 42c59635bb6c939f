"""loop.subprocess_exec calls the SubprocessProtocol in order: connection_made, pipe_data_received, pipe_connection_lost for each pipe, process_exited, then connection_lost.

stdin, stdout and stderr are pipes by default. The child reads a line,
writes once to stdout and exits; closing stdin (pipe 0) is reported at
once. The loop finds stdout's data, stdout's end of file and stderr's end
of file waiting together: a read pipe reads once per pass, so stdout's
data and stderr's end of file come in one pass, stdout's end of file in
the next. The exit is reported after both, and connection_lost once every
pipe is gone.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#subprocess-protocols
features: subprocess
"""
import asyncio
from loopspec import log


class Child(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done
        self.transport = None

    def connection_made(self, transport):
        self.transport = transport
        log('connection_made', transport.get_returncode())

    def pipe_data_received(self, fd, data):
        log('pipe_data_received', fd, data)

    def pipe_connection_lost(self, fd, exc):
        log('pipe_connection_lost', fd, exc)

    def process_exited(self):
        log('process_exited', self.transport.get_returncode())

    def connection_lost(self, exc):
        log('connection_lost', exc)
        self.done.set_result(self.transport.get_returncode())


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    transport, protocol = await loop.subprocess_exec(
        lambda: Child(done), 'sh', '-c', 'read line; printf "got $line"; exit 5')
    log('made', protocol.transport is transport)
    stdin = transport.get_pipe_transport(0)
    stdin.write(b'hello\n')
    stdin.close()
    log('returncode', await done)
    transport.close()
