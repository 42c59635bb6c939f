"""A child's exit reaches the transport in the iteration that reports it from 3.12, one iteration later in 3.11.

The child exits at once and has no pipes. While the program waits for the
protocol's connection_lost, a timer is due after 1e-10 s, under the clock's
resolution. The select that finds nothing else to do reports the exit; the
timer then comes due in that same iteration. 3.12's watcher callback queues
the transport's _process_exited with call_soon_threadsafe, so it runs before
the timer, which finds the return code set; 3.11's goes through call_soon
as well, which puts it after the timer, which finds None. The protocol
hears process_exited one callback later either way.

spec: https://docs.python.org/3.11/library/asyncio-protocol.html#asyncio.SubprocessProtocol.process_exited
features: subprocess
"""
import asyncio
from loopspec import log


class Quiet(asyncio.SubprocessProtocol):
    def __init__(self):
        self.done = asyncio.get_running_loop().create_future()

    def process_exited(self):
        log('process_exited')

    def connection_lost(self, exc):
        log('connection_lost', exc)
        self.done.set_result(None)


async def main():
    loop = asyncio.get_running_loop()
    transport, protocol = await loop.subprocess_exec(
        Quiet, 'true', stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL)
    loop.call_later(1e-10, lambda: log('timer', transport.get_returncode()))
    await protocol.done
    log('returncode', transport.get_returncode())
    transport.close()
