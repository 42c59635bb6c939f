"""W6: 200k sequential `await loop.create_task(child(i))`."""
import common

TASKS = 200_000


async def child(i):
    return i


async def sequential_main(loop):
    total = 0
    for i in range(TASKS):
        total += await loop.create_task(child(i))
    return total


def create_task_await(loop):
    loop.run_until_complete(sequential_main(loop))
    return TASKS


WORKLOADS = [("W6_create_task_await", create_task_await)]

if __name__ == "__main__":
    common.main(WORKLOADS)
