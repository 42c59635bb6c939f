"""Slices of lists, tuples, strs and ranges: bounds count from the end when negative, are clipped to the sequence, and a step walks either way.

`x[a:b:c]` evaluates x, then a, b and c left to right, before it slices:
here the bounds come from a coroutine, so the list can change while the
task waits for them. A slice is a new sequence of the same type.

spec: https://docs.python.org/3.11/library/stdtypes.html#common-sequence-operations
features: tasks, sleep
"""
import asyncio
from loopspec import log


async def bound(name, v):
    log("bound", name)
    await asyncio.sleep(0.1)
    return v


async def grow(xs):
    await asyncio.sleep(0.05)
    xs.append(6)


async def main():
    xs = [0, 1, 2, 3, 4, 5]
    log(xs[1:4], xs[:2], xs[4:], xs[:], xs[-2:], xs[:-4], xs[::2], xs[1::2], xs[::-1], xs[4:1:-1])
    log(xs[-100:2], xs[3:100], xs[5:2], xs[2:2], xs[-1:-100:-2])
    t = (10, 20, 30, 40)
    log(t[1:3], t[::-1], t[:0], t[1:2])
    s = "héllo, world"
    log(s[:5], s[-5:], s[::-1], s[1:2], s[7:100])
    log(range(10)[2:8:3][0], len(range(10)[::-1]), range(10)[::-3][1])
    copy = xs[:]
    copy.append(99)
    log("copy is new", copy is xs, xs)
    asyncio.create_task(grow(xs))
    log(xs[await bound("lower", 3):await bound("upper", 100)])
    log(xs[True:], xs[:False])
