"""Writing to a child's stdin after close() drops the data quietly; drain() raises only once the loss has reached the protocol.

A write pipe transport that is closing counts writes instead of making them
(no error), so `dropped` never reaches `cat`. The first drain() yields once,
for the pipe's connection_lost, and returns: the subprocess transport hands
the loss to the protocol one callback later. Once wait_closed() has seen it,
drain() raises ConnectionResetError.

spec: https://docs.python.org/3.11/library/asyncio-stream.html#asyncio.StreamWriter.drain
features: subprocess
"""
import asyncio
from loopspec import log


async def main():
    proc = await asyncio.create_subprocess_exec(
        'cat', stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    proc.stdin.write(b'kept\n')
    proc.stdin.close()
    proc.stdin.write(b'dropped\n')
    log('closing', proc.stdin.is_closing())
    for attempt in ('first', 'after wait_closed'):
        try:
            await proc.stdin.drain()
            log(attempt, 'drained')
        except ConnectionResetError as e:
            log(attempt, e)
        await proc.stdin.wait_closed()
    log('read', await proc.stdout.read(), await proc.wait())
