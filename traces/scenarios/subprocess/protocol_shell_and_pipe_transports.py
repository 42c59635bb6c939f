"""loop.subprocess_shell gives a SubprocessTransport whose get_pipe_transport(fd) is the pipe's transport, or None for a stream that is not a pipe.

spec: https://docs.python.org/3.11/library/asyncio-subprocess.html#asyncio.loop.subprocess_shell
features: subprocess
"""
import asyncio
from loopspec import log


class Child(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done

    def pipe_data_received(self, fd, data):
        log('data', fd, data)

    def process_exited(self):
        log('process_exited')

    def connection_lost(self, exc):
        log('connection_lost', exc)
        self.done.set_result(None)


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    transport, protocol = await loop.subprocess_shell(
        lambda: Child(done), 'printf "$((6 * 7))"', stdin=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL)
    log('pipes', transport.get_pipe_transport(0), transport.get_pipe_transport(1) is not None,
        transport.get_pipe_transport(2))
    await done
    log('returncode', transport.get_returncode(), transport.is_closing())
    transport.close()
    log('closed', transport.is_closing())
