"""communicate(input) writes the input to the child's stdin, closes it, and returns what the child wrote to stdout.

A shell child runs `cat`, which copies its stdin to its stdout until end of
file: communicate() feeds the bytes, closes stdin so that end of file comes,
and returns (stdout, None) since stderr is not a pipe. The exit status is
set by the time communicate() returns.

spec: https://docs.python.org/3.11/library/asyncio-subprocess.html#asyncio.subprocess.Process.communicate
features: subprocess
"""
import asyncio
from loopspec import log


async def main():
    proc = await asyncio.create_subprocess_shell(
        'cat', stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    log('stdin', proc.stdin is not None, 'stderr', proc.stderr)
    out, err = await proc.communicate(b'hello\nworld\n')
    log('communicated', out, err, proc.returncode)
