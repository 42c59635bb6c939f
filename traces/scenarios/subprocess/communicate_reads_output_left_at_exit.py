"""communicate() returns the whole of an output that outlasts the child: the exit waits for the pipes to end.

The child writes 150000 bytes and exits. With a stream limit of 4096 the
reader pauses its pipe after every read, so the child can exit while
output is still in the pipe and the loop is not reading it. The transport
calls connection_lost, and so wait() returns, only once every pipe has
reached its end: communicate() gets every byte.

spec: https://docs.python.org/3.11/library/asyncio-subprocess.html#asyncio.subprocess.Process.communicate
features: subprocess
"""
import asyncio
from loopspec import log


async def main():
    proc = await asyncio.create_subprocess_exec(
        'head', '-c', '150000', '/dev/zero', stdout=asyncio.subprocess.PIPE, limit=4096)
    out, err = await proc.communicate()
    log('communicated', len(out), out == bytes(150000), err, proc.returncode)
