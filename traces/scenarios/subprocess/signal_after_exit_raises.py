"""Once a child's exit has been reported and its transport closed, kill(), terminate() and send_signal() raise ProcessLookupError.

spec: https://docs.python.org/3.11/library/asyncio-subprocess.html#asyncio.subprocess.Process.send_signal
features: subprocess, exceptions
"""
import asyncio
import signal
from loopspec import log


async def main():
    proc = await asyncio.create_subprocess_exec('true')
    log('wait', await proc.wait())
    try:
        proc.kill()
    except ProcessLookupError as e:
        log('kill', e)
    try:
        proc.terminate()
    except ProcessLookupError as e:
        log('terminate', e)
    try:
        proc.send_signal(signal.SIGTERM)
    except ProcessLookupError as e:
        log('send_signal', e)
    log('returncode', proc.returncode)
