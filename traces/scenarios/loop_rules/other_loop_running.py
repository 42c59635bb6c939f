"""A second loop cannot run while another loop runs in the same thread.

From a callback of the running loop, run_forever and run_until_complete of a
fresh loop raise 'Cannot run the event loop while another loop is running';
once the first loop has stopped, the second one runs normally.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.run_forever
features: nested_run, run_forever, run_until_complete, event_loop_policy, futures, stop
"""
import asyncio
from loopspec import log


def try_other(loop, other, fut):
    try:
        other.run_forever()
    except RuntimeError as e:
        log("run_forever", e)
    try:
        other.run_until_complete(fut)
    except RuntimeError as e:
        log("run_until_complete", e)
    log("other running?", other.is_running(), "this running?", loop.is_running())
    loop.stop()


def scenario(loop):
    other = asyncio.new_event_loop()
    fut = other.create_future()
    loop.call_soon(try_other, loop, other, fut)
    loop.run_forever()
    other.call_soon(fut.set_result, "other ran")
    log("afterwards", other.run_until_complete(fut))
    other.close()
