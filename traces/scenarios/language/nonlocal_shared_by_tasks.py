"""`nonlocal` lets nested functions rebind a variable of main(); tasks and callbacks that share it see each other's writes in loop order.

Two worker tasks made from a nested async def and a timer callback all add
to one counter; each logs the value it saw, so the interleaving of the
awaits is visible in the trace.

spec: https://docs.python.org/3.11/reference/simple_stmts.html#the-nonlocal-statement
features: tasks, sleep, call_later, gather
order: timer-ties
"""
import asyncio
from loopspec import log


async def main():
    total = 0
    history = []

    def add(n, who):
        nonlocal total
        total += n
        history.append(who)
        return total

    async def worker(name, n):
        for _ in range(n):
            seen = add(1, name)
            await asyncio.sleep(0.1)
            log(name, "saw", seen, "now", total)
        return name

    loop = asyncio.get_running_loop()
    loop.call_later(0.15, lambda: log("timer adds", add(100, "timer")))
    done = await asyncio.gather(worker("a", 2), worker("b", 3))
    log(done, total, history)
