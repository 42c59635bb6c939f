"""wait_for, shield and wait over an eager task that already finished return without a step of the loop.

Each sees a done future: wait_for and shield hand its result back at once,
wait puts it in the done set; a callback scheduled before them runs only
at the next real suspension.

spec: https://docs.python.org/3.12/library/asyncio-task.html#asyncio.wait_for
features: eager_tasks, task_factory, wait_for, shield, wait, call_soon, sleep
python: 3.12
"""
import asyncio
from loopspec import log


async def value(v):
    return v


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    loop.call_soon(log, "callback")
    log("wait_for", await asyncio.wait_for(value(1), timeout=1))
    log("shield", await asyncio.shield(asyncio.create_task(value(2))))
    done, pending = await asyncio.wait([asyncio.create_task(value(3))])
    log("wait", len(done), len(pending))
    await asyncio.sleep(0)
    log("end")
