"""A frame an exception left from a loop's header is at the header's line, not the body's last line.

A `while` loop tests its condition at the header's line before every
pass (as a `for` loop asks for its next item); an error there leaves
the frame at that line. Likewise an exception that no `except` clause
matches leaves the frame at the last clause tried. get_stack() of the
failed tasks shows each frame at those lines.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task.get_stack
features: tasks, exceptions, sleep
"""
import asyncio
from loopspec import log


async def countdown(n):
    while 10 // n:
        await asyncio.sleep(0.1)
        n -= 1


async def picky():
    await asyncio.sleep(0.1)
    try:
        {}["missing"]
    except ValueError:
        log("not reached")
    except TypeError:
        log("not reached")


async def main():
    tasks = [
        asyncio.create_task(countdown(2), name="countdown"),
        asyncio.create_task(picky(), name="picky"),
    ]
    await asyncio.sleep(1)
    for t in tasks:
        log(t.get_name(), repr(t.exception()), [(f.f_code.co_name, f.f_lineno) for f in t.get_stack()])
