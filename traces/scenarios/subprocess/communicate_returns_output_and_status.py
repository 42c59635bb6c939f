"""communicate() returns the child's whole stdout and stderr once both reach end of file and the child has exited.

spec: https://docs.python.org/3.11/library/asyncio-subprocess.html#asyncio.subprocess.Process.communicate
features: subprocess
"""
import asyncio
from loopspec import log


async def main():
    proc = await asyncio.create_subprocess_exec(
        'sh', '-c', 'printf out; printf err >&2; exit 3',
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    log('started', proc.returncode)
    out, err = await proc.communicate()
    log('communicated', out, err, proc.returncode)
    log('wait', await proc.wait())


