"""proc.stdout is a StreamReader: readline() returns one line at a time, read() the rest, b'' at end of file.

The child writes its three lines with one printf, so they arrive together.

spec: https://docs.python.org/3.11/library/asyncio-subprocess.html#asyncio.subprocess.Process.stdout
features: subprocess, streams
"""
import asyncio
from loopspec import log


async def main():
    proc = await asyncio.create_subprocess_exec(
        'printf', 'one\ntwo\nthree', stdout=asyncio.subprocess.PIPE)
    log('type', type(proc.stdout).__name__)
    log('line', await proc.stdout.readline())
    log('line', await proc.stdout.readline())
    log('rest', await proc.stdout.read())
    log('eof', await proc.stdout.read(), proc.stdout.at_eof())
    log('wait', await proc.wait())
