"""kill(), terminate() and send_signal() signal a running child, and wait() returns minus the signal's number.

spec: https://docs.python.org/3.11/library/asyncio-subprocess.html#asyncio.subprocess.Process.kill
features: subprocess, signals
"""
import asyncio
import signal
from loopspec import log


async def main():
    killed = await asyncio.create_subprocess_exec('sleep', '30')
    terminated = await asyncio.create_subprocess_exec('sleep', '30')
    signalled = await asyncio.create_subprocess_exec('sleep', '30')
    log('running', killed.returncode, terminated.returncode, signalled.returncode)
    killed.kill()
    terminated.terminate()
    signalled.send_signal(signal.SIGUSR1)
    log('signalled', killed.returncode)
    log('waits', await killed.wait(), await terminated.wait(), await signalled.wait())
    log('kinds', -signal.SIGKILL, -signal.SIGTERM, -signal.SIGUSR1)
