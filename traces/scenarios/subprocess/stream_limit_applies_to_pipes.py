"""create_subprocess_exec(limit=n) sets the StreamReaders' limit: a line longer than it makes readline() raise ValueError.

spec: https://docs.python.org/3.11/library/asyncio-subprocess.html#asyncio.create_subprocess_exec
features: subprocess, streams, exceptions
"""
import asyncio
from loopspec import log


async def main():
    proc = await asyncio.create_subprocess_exec(
        'printf', 'abcdefgh\nij\n', stdout=asyncio.subprocess.PIPE, limit=4)
    try:
        await proc.stdout.readline()
    except ValueError as e:
        log('readline', e)
    log('next', await proc.stdout.readline())
    log('wait', await proc.wait())
