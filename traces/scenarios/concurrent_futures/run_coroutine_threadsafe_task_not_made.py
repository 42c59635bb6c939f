"""run_coroutine_threadsafe: when the task cannot be made, the concurrent future takes the error and so does the exception handler.

The callback run_coroutine_threadsafe queues makes the task with
ensure_future. If that raises (here the loop's task factory refuses), the
concurrent future is moved to running and given the exception, and the
callback raises it again: the loop reports it to its exception handler as an
error in a callback.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.run_coroutine_threadsafe
features: concurrent_futures, task_factory, exception_handler
"""
import asyncio
import concurrent.futures
from loopspec import log


async def job():
    log("job never runs")


def refusing_factory(loop, coro, context=None):
    coro.close()
    raise RuntimeError("no tasks today")


def handler(loop, context):
    log("handler", context["exception"], "handle" in context)


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.set_task_factory(refusing_factory)
    cf = asyncio.run_coroutine_threadsafe(job(), loop)
    await asyncio.sleep(0)
    loop.set_task_factory(None)
    log("cf", cf.done(), cf.exception())
