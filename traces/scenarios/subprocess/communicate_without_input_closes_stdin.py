"""communicate() without input closes a piped stdin since 3.12; 3.11 leaves it open for the program to close.

A `cat` child copies its stdin until end of file. From 3.12 communicate()
feeds stdin whenever it is a pipe, input or not: it drains and closes it, so
cat ends. 3.11 feeds stdin only when there is input: a few iterations into
communicate() stdin is still open and cat still waits, until the program
closes stdin itself. Either way communicate() then returns what cat wrote.

spec: https://docs.python.org/3.12/library/asyncio-subprocess.html#asyncio.subprocess.Process.communicate
features: subprocess
"""
import asyncio
from loopspec import log


async def main():
    proc = await asyncio.create_subprocess_exec(
        'cat', stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    communicating = asyncio.create_task(proc.communicate())
    for _ in range(3):
        await asyncio.sleep(0)
    log('stdin closing', proc.stdin.is_closing(), 'returncode', proc.returncode)
    proc.stdin.close()
    log('communicated', await communicating, proc.returncode)
