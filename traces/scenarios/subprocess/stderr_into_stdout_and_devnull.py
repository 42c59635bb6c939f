"""stderr=STDOUT sends the child's stderr into its stdout pipe; stdout=DEVNULL gives no pipe at all.

spec: https://docs.python.org/3.11/library/asyncio-subprocess.html#asyncio.subprocess.STDOUT
features: subprocess
"""
import asyncio
from loopspec import log


async def main():
    merged = await asyncio.create_subprocess_exec(
        'sh', '-c', 'printf to-stderr >&2',
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    log('merged pipes', merged.stdout is not None, merged.stderr)
    log('merged', await merged.communicate())
    quiet = await asyncio.create_subprocess_exec(
        'sh', '-c', 'printf lost; printf lost >&2',
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL)
    log('devnull pipes', quiet.stdout, quiet.stderr)
    log('devnull', await quiet.communicate(), quiet.returncode)
