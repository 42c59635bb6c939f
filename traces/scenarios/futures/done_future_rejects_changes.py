"""A done future rejects set_result and set_exception with InvalidStateError; cancel() returns False.

The message of the C implementation is 'invalid state'. The stored result is
unchanged by the failed attempts.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.Future.set_result
features: futures, exceptions
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result("first")
    try:
        fut.set_result("second")
    except asyncio.InvalidStateError as e:
        log("set_result again", e)
    try:
        fut.set_exception(ValueError("late"))
    except asyncio.InvalidStateError as e:
        log("set_exception after result", e)
    log("cancel returned", fut.cancel(), fut.cancelled())
    log("result kept", fut.result())
