"""The 3.13 idiom: workers loop on get() until QueueShutDown, so a plain shutdown() lets them finish the queue first.

A producer puts five jobs and shuts the queue down. Two workers take jobs in
turn, each job taking 0.1; once the queue is empty each worker's get() raises
QueueShutDown and it stops. join() returns when the last job is done.

spec: https://docs.python.org/3.13/library/asyncio-queue.html#asyncio.Queue.shutdown
features: queue, queue_shutdown, tasks, sleep, time
python: 3.13.0
order: timer-ties
"""
import asyncio
from loopspec import log


async def worker(q, name):
    loop = asyncio.get_running_loop()
    while True:
        try:
            job = await q.get()
        except asyncio.QueueShutDown:
            log(name, "stops", loop.time())
            return
        await asyncio.sleep(0.1)
        log(name, "did", job, loop.time())
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    workers = [asyncio.create_task(worker(q, n)) for n in ("w1", "w2")]
    for job in range(5):
        await q.put(job)
    q.shutdown()
    log("producer done", q.qsize())
    await q.join()
    log("joined", asyncio.get_running_loop().time())
    await asyncio.gather(*workers)
