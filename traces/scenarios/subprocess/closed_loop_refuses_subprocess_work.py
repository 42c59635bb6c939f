"""On a closed loop a subprocess transport cannot close its pipes and no child can be started: RuntimeError('Event loop is closed').

The transport's close() closes stdin's pipe first, which schedules the pipe's
connection_lost: on a closed loop that call_soon raises, so close() raises
(the transport is marked closed all the same). Running create_subprocess_exec
on the closed loop fails before anything starts.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.close
features: subprocess, run_until_complete, close
"""
import asyncio
from loopspec import log


class Quiet(asyncio.SubprocessProtocol):
    def process_exited(self):
        log('exited')


def scenario(loop):
    transport, _ = loop.run_until_complete(loop.subprocess_exec(
        Quiet, 'cat', stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL))
    loop.close()
    try:
        transport.close()
    except RuntimeError as e:
        log('close', e)
    log('closing', transport.is_closing())
    try:
        loop.run_until_complete(loop.create_future())
    except RuntimeError as e:
        log('run', e)
