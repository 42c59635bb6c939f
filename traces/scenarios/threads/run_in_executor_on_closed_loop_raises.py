"""run_in_executor on a closed loop raises RuntimeError before submitting the job.

The closed check comes first, so the job never runs and no executor is
made for the loop.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.run_in_executor
features: threads, close, event_loop_policy
"""
import asyncio
from loopspec import log


def job():
    log("job runs")


def scenario():
    loop = asyncio.new_event_loop()
    loop.close()
    try:
        loop.run_in_executor(None, job)
    except RuntimeError as e:
        log("RuntimeError", e)
