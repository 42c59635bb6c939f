"""print_stack() of a task that failed writes `Traceback for <task>`, its traceback's frames and the exception's last line.

After the frames comes what traceback.format_exception_only gives: the
exception's class, qualified by its module unless it is a builtin (the
runner runs a scenario as module `loopspec_scenario`), then `: ` and
str() of the exception when that is not empty. A bare `raise` in an
except block passes the exception on without adding its frame twice,
while `raise err` raises it anew and adds the frame again.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task.print_stack
features: tasks, exceptions, sleep, reprs
"""
import asyncio
import io
from loopspec import log


class PaymentError(Exception):
    pass


def charge(amount):
    if amount < 0:
        raise PaymentError("negative amount", amount)
    raise KeyError("card")


async def pay(amount):
    await asyncio.sleep(0.1)
    try:
        charge(amount)
    except KeyError:
        raise


async def refund(amount):
    try:
        await pay(amount)
    except PaymentError as err:
        raise err


def printed(task):
    buf = io.StringIO()
    task.print_stack(file=buf)
    return buf.getvalue()


async def main():
    a = asyncio.create_task(pay(10), name="pay")
    b = asyncio.create_task(refund(-5), name="refund")
    c = asyncio.create_task(pay(1), name="empty")
    await asyncio.sleep(1)
    log(printed(a))
    log(printed(b))
    buf = io.StringIO()
    c.print_stack(limit=0, file=buf)
    log(buf.getvalue())
