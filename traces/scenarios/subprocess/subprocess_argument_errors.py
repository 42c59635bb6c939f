"""loop.subprocess_exec and subprocess_shell refuse arguments they cannot honour with ValueError or TypeError, before any child starts.

subprocess_shell wants one string (bytes too), subprocess_exec a program and
its arguments, not shell=True; neither takes text mode or a buffer size
other than 0.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.subprocess_exec
features: subprocess, exceptions
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    try:
        await loop.subprocess_shell(asyncio.SubprocessProtocol, ['true'])
    except ValueError as e:
        log('shell list', e)
    try:
        await loop.subprocess_shell(asyncio.SubprocessProtocol, 'true', shell=False)
    except ValueError as e:
        log('shell False', e)
    try:
        await loop.subprocess_exec(asyncio.SubprocessProtocol, 'true', shell=True)
    except ValueError as e:
        log('exec shell', e)
    try:
        await loop.subprocess_exec(asyncio.SubprocessProtocol, 'true', universal_newlines=True)
    except ValueError as e:
        log('exec text', e)
    try:
        await loop.subprocess_exec(asyncio.SubprocessProtocol, 'true', bufsize=1)
    except ValueError as e:
        log('exec bufsize', e)
    try:
        await loop.subprocess_shell(asyncio.SubprocessProtocol, 'true', text=True)
    except ValueError as e:
        log('shell text', e)
