"""create_subprocess_exec of a program that does not exist raises FileNotFoundError from the await.

spec: https://docs.python.org/3.11/library/asyncio-subprocess.html#asyncio.create_subprocess_exec
features: subprocess, exceptions
"""
import asyncio
from loopspec import log


async def main():
    try:
        await asyncio.create_subprocess_exec('/nonexistent/loopspec-program', stdout=asyncio.subprocess.PIPE)
    except FileNotFoundError as e:
        log('not found', e)
    proc = await asyncio.create_subprocess_shell('/nonexistent/loopspec-program 2>/dev/null')
    log('shell runs, the shell reports', await proc.wait())
