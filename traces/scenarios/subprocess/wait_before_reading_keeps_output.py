"""wait() returns once the child exited and its pipes reached end of file; what it wrote stays buffered for later reads.

spec: https://docs.python.org/3.11/library/asyncio-subprocess.html#asyncio.subprocess.Process.wait
features: subprocess, streams
"""
import asyncio
from loopspec import log


async def main():
    proc = await asyncio.create_subprocess_exec(
        'sh', '-c', 'printf kept; printf also-kept >&2; exit 2',
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    log('wait', await proc.wait())
    log('stdout', await proc.stdout.read(), proc.stdout.at_eof())
    log('stderr', await proc.stderr.read())
