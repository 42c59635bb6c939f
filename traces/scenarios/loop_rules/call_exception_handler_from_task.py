"""call_exception_handler from a task passes its context, task included, to the handler.

The custom handler sees the task object and the message (the task named is
another, finished one: from 3.12 the handler runs in the named task's
context, and entering the context of the task that is running fails with a
message holding its address, which no trace can pin); calling
default_exception_handler directly bypasses the custom handler and reports the
exception; after set_exception_handler(None) the default handler gets
call_exception_handler's contexts again.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_exception_handler
features: exception_handler, tasks, current_task, exceptions
"""
import asyncio
from loopspec import log


def handler(loop, context):
    log("handler", context["message"], context["task"], context["exception"])


async def worker():
    pass


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    log("installed?", loop.get_exception_handler() is handler)
    other = asyncio.create_task(worker())
    await other
    loop.call_exception_handler({"message": "from task", "task": other, "exception": ValueError("a")})
    loop.default_exception_handler({"message": "direct", "exception": KeyError("b")})
    loop.set_exception_handler(None)
    loop.call_exception_handler({"message": "after reset", "exception": TypeError("c")})
    log("handler now", loop.get_exception_handler())
