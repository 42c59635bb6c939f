"""The exit of a child whose output pipe another process still holds is reported after that pipe's end of file.

The shell exits at once, leaving a background job that holds stdout and
writes to it. process_exited comes only after the pipe's data and its
pipe_connection_lost: an exit is reported once the child has exited and
the pipes read from it have reached end of file, whichever of the shell and
its job ends first. (The job does not sleep: a child's time is real time,
which a real clock would show and the virtual clock does not.)

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.SubprocessProtocol.process_exited
features: subprocess
"""
import asyncio
from loopspec import log


class Child(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done

    def pipe_data_received(self, fd, data):
        log('pipe_data_received', fd, data)

    def pipe_connection_lost(self, fd, exc):
        log('pipe_connection_lost', fd, exc)

    def process_exited(self):
        log('process_exited')

    def connection_lost(self, exc):
        log('connection_lost', exc)
        self.done.set_result(None)


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    transport, protocol = await loop.subprocess_exec(
        lambda: Child(done), 'sh', '-c', '(printf late) & exit 4',
        stdin=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL)
    await done
    log('returncode', transport.get_returncode())
    transport.close()
