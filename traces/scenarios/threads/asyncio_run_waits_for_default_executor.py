"""asyncio.run waits for the default executor's jobs before it returns.

main() starts a job and returns without awaiting it. Closing the runner
shuts the default executor down (loop.shutdown_default_executor), and
the thread that does it waits until the sleeping job has finished, so
the job's last line comes before asyncio.run returns.

spec: https://docs.python.org/3.11/library/asyncio-runner.html#asyncio.run
features: threads, asyncio_run, time
"""
import asyncio
import time
from loopspec import log


def job():
    log("job sleeps")
    time.sleep(5)
    log("job ends")


async def body():
    loop = asyncio.get_running_loop()
    loop.run_in_executor(None, job)
    await asyncio.sleep(1)
    log("body returns at", loop.time())
    return "body's result"


def scenario():
    log("asyncio.run returned", asyncio.run(body()))
