"""A child that exits without reading its stdin closes the pipe's far end: the stdin transport closes itself.

A write pipe transport watches its descriptor for the reading end going
away; a child's exit closes that end. So after communicate() without input
(which, in 3.11, leaves stdin alone) stdin is already closing.

spec: https://docs.python.org/3.11/library/asyncio-subprocess.html#asyncio.subprocess.Process.communicate
features: subprocess
"""
import asyncio
from loopspec import log


async def main():
    proc = await asyncio.create_subprocess_exec(
        'sh', '-c', 'printf done', stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    log('communicated', await proc.communicate())
    log('stdin closing', proc.stdin.is_closing(), proc.returncode)
