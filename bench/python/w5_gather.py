"""W5: gather over 100k coroutines."""
import asyncio

import common

CHILDREN = 100_000


async def child(i):
    return i


async def gather_main():
    return await asyncio.gather(*[child(i) for i in range(CHILDREN)])


def gather_children(loop):
    return len(loop.run_until_complete(gather_main()))


WORKLOADS = [("W5_gather", gather_children)]

if __name__ == "__main__":
    common.main(WORKLOADS)
