"""proc.stdin is a StreamWriter: write() and drain() feed the child, close() gives it end of file.

`cat` echoes what it reads; the parent reads it back after closing stdin.

spec: https://docs.python.org/3.11/library/asyncio-subprocess.html#asyncio.subprocess.Process.stdin
features: subprocess, streams
"""
import asyncio
from loopspec import log


async def main():
    proc = await asyncio.create_subprocess_exec(
        'cat', stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    log('type', type(proc.stdin).__name__, proc.stdin.can_write_eof())
    proc.stdin.write(b'abc')
    proc.stdin.writelines([b'-', b'def'])
    await proc.stdin.drain()
    proc.stdin.close()
    log('closing', proc.stdin.is_closing())
    await proc.stdin.wait_closed()
    log('read', await proc.stdout.read())
    log('wait', await proc.wait())
