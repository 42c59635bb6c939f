"""wait() returns the child's exit status, which returncode holds from then on; a second wait() returns it at once.

spec: https://docs.python.org/3.11/library/asyncio-subprocess.html#asyncio.subprocess.Process.wait
features: subprocess
"""
import asyncio
from loopspec import log


async def main():
    proc = await asyncio.create_subprocess_exec('sh', '-c', 'exit 7')
    log('before', proc.returncode, proc.stdin, proc.stdout, proc.stderr)
    log('wait', await proc.wait(), proc.returncode)
    log('again', await proc.wait())
    ok = await asyncio.create_subprocess_exec('true')
    fail = await asyncio.create_subprocess_exec('false')
    log('true and false', await ok.wait(), await fail.wait())
