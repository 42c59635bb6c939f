"""TaskGroup children fail with a scenario's own exception classes; `except*` clauses naming a base class and a subclass split the group by the classes' hierarchy.

`except* RetryableError` takes the NetworkError (a subclass) and the
RetryableError; the ValidationError goes to the next clause, which
reads the attributes the exceptions were raised with.

spec: https://docs.python.org/3.11/library/asyncio-task.html#task-groups
features: taskgroup, exception_groups, sleep, tasks
"""
import asyncio
from loopspec import log


class ServiceError(Exception):
    def __init__(self, service, detail):
        super().__init__(f"{service}: {detail}")
        self.service = service


class RetryableError(ServiceError):
    pass


class NetworkError(RetryableError):
    pass


class ValidationError(ServiceError):
    pass


async def call(service, delay, error):
    await asyncio.sleep(delay)
    if error is not None:
        raise error(service, "failed after " + str(delay))
    return service


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(call("db", 0.1, NetworkError))
            tg.create_task(call("auth", 0.1, ValidationError))
            tg.create_task(call("cache", 0.1, RetryableError))
            tg.create_task(call("slow", 1, None))
    except* RetryableError as group:
        log("retry", sorted(e.service for e in group.exceptions),
            sorted(type(e).__name__ for e in group.exceptions))
    except* ServiceError as group:
        log("give up", [(type(e).__name__, e.service, e.args) for e in group.exceptions])
