"""wait() returns only once the child's pipes have ended: an exit with output left unread keeps it waiting.

The child writes 100000 bytes and exits. With a stream limit of 1024 the
reader pauses its pipe after the first read, so part of the output stays in
the pipe. The exit is seen (returncode is set), but wait() waits for the
transport's connection_lost, which comes only once every pipe has reached
its end: here it times out. Reading the output then ends the pipe, and
wait() returns; no byte was lost.

spec: https://docs.python.org/3.11/library/asyncio-subprocess.html#asyncio.subprocess.Process.wait
features: subprocess
"""
import asyncio
from loopspec import log


async def main():
    proc = await asyncio.create_subprocess_exec(
        'head', '-c', '100000', '/dev/zero', stdout=asyncio.subprocess.PIPE, limit=1024)
    try:
        await asyncio.wait_for(proc.wait(), 1)
    except TimeoutError:
        log('wait timed out', proc.returncode)
    out = await proc.stdout.read()
    log('read', len(out), out == bytes(100000))
    log('wait', await proc.wait())
