"""W4: two tasks ping-ponging through futures (200k round trips), and one
task awaiting sleep(0) 1M times."""
import asyncio

import common

ROUND_TRIPS = 200_000
YIELDS = 1_000_000


class Table:
    ping = None
    pong = None


async def pinger(loop, t, n):
    for _ in range(n):
        t.pong = loop.create_future()
        t.ping.set_result(None)
        await t.pong


async def ponger(loop, t, n):
    for _ in range(n):
        await t.ping
        t.ping = loop.create_future()
        t.pong.set_result(None)


async def ping_pong_main(loop):
    t = Table()
    t.ping = loop.create_future()
    b = loop.create_task(ponger(loop, t, ROUND_TRIPS))
    a = loop.create_task(pinger(loop, t, ROUND_TRIPS))
    await a
    await b


def future_ping_pong(loop):
    loop.run_until_complete(ping_pong_main(loop))
    return ROUND_TRIPS


async def yielder():
    for _ in range(YIELDS):
        await asyncio.sleep(0)


def sleep0(loop):
    loop.run_until_complete(yielder())
    return YIELDS


WORKLOADS = [("W4_future_ping_pong", future_ping_pong), ("W4_sleep0", sleep0)]

if __name__ == "__main__":
    common.main(WORKLOADS)
