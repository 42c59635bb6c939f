"""communicate(input) to a child that exits without reading ignores the broken pipe and returns normally.

spec: https://docs.python.org/3.11/library/asyncio-subprocess.html#asyncio.subprocess.Process.communicate
features: subprocess
"""
import asyncio
from loopspec import log


async def main():
    proc = await asyncio.create_subprocess_exec(
        'sh', '-c', 'exit 0', stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    log('communicated', await proc.communicate(b'x' * 200000), proc.returncode)
    log('stdin closing', proc.stdin.is_closing())
