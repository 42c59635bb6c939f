"""A future belongs to the loop that created it, not to the loop that is running.

A future made by another (not running) loop reports that loop from
get_loop(); it can complete and be read without either loop running it.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.Future.get_loop
features: futures, event_loop_policy
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    other = asyncio.new_event_loop()
    fut = other.create_future()
    log("belongs to other?", fut.get_loop() is other, fut.get_loop() is loop)
    fut.set_result("set from main")
    log("done", fut.done(), fut.result())
    mine = loop.create_future()
    log("own future", mine.get_loop() is loop)
    other.close()
