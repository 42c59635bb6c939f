"""asyncio.run gives the default executor's jobs 300 seconds to finish (3.13).

main() starts two jobs and returns without awaiting them: one sleeps 200
seconds, the other 400. Closing the runner calls
loop.shutdown_default_executor(300) (constants.THREAD_JOIN_TIMEOUT, passed
since 3.12). Up to 3.12 the wait has no bound, so both jobs end before
asyncio.run returns; 3.13 waits under asyncio.timeout(300), and when it
expires shuts the executor down without waiting, so asyncio.run returns
while the long job still sleeps and its last line never comes.

spec: https://docs.python.org/3.13/library/asyncio-eventloop.html#asyncio.loop.shutdown_default_executor
features: threads, asyncio_run, time
"""
import asyncio
import time
from loopspec import log


def job(seconds):
    log("job sleeps", seconds)
    time.sleep(seconds)
    log("job ends", seconds)


async def body():
    loop = asyncio.get_running_loop()
    loop.run_in_executor(None, job, 200)
    loop.run_in_executor(None, job, 400)
    await asyncio.sleep(1)
    log("body returns at", loop.time())


def scenario():
    asyncio.run(body())
    log("asyncio.run returned")
