"""A request id kept in a ContextVar follows each handler task through its awaits, though the handlers interleave.

The usual logging idiom: a module-level ContextVar set once at the top of
each request's task. Helpers awaited deep inside read it without being
passed it; the server loop that spawns the handlers never sees their ids.

spec: https://docs.python.org/3.11/library/contextvars.html#asyncio-support
features: contextvars, tasks, sleep, gather
"""
import asyncio
import contextvars
from loopspec import log

REQUEST_ID = contextvars.ContextVar("request_id", default=None)


def log_line(message):
    log(f"[{REQUEST_ID.get()}] {message}")


async def fetch(what, delay):
    log_line(f"fetching {what}")
    await asyncio.sleep(delay)
    log_line(f"fetched {what}")
    return len(what)


async def handle(request_id, delays):
    REQUEST_ID.set(request_id)
    log_line("start")
    sizes = [await fetch(name, d) for name, d in delays]
    log_line(f"done {sum(sizes)}")
    return request_id


async def main():
    handlers = [
        asyncio.create_task(handle("req-1", [("users", 0.1), ("orders", 0.3)])),
        asyncio.create_task(handle("req-2", [("items", 0.2)])),
    ]
    log_line("server waits")
    done = await asyncio.gather(*handlers)
    log_line(f"served {done}")
