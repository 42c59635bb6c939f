"""A read that finds too little data waits; feed_data wakes it in the next iteration.

The reader's waiter is a future: feed_data() and feed_eof() complete it,
and the waiting coroutine resumes one iteration later, after what was
already ready. A second coroutine that reads while one waits gets a
RuntimeError naming its method.

spec: https://docs.python.org/3.11/library/asyncio-stream.html#asyncio.StreamReader
features: streams, tasks
"""
import asyncio
from loopspec import log


async def read_line(reader):
    log("reader waits")
    line = await reader.readline()
    log("reader got", line)


async def main():
    reader = asyncio.StreamReader()
    task = asyncio.create_task(read_line(reader))
    await asyncio.sleep(0)
    try:
        await reader.read(5)
    except RuntimeError as e:
        log("second reader", str(e))
    reader.feed_data(b"par")
    asyncio.get_running_loop().call_soon(log, "call_soon after feed")
    await asyncio.sleep(0)
    log("main after one iteration", task.done())
    reader.feed_data(b"tial\nrest")
    await task
    log("read(100)", await reader.read(100))
    waiting = asyncio.create_task(reader.read(100))
    await asyncio.sleep(0)
    reader.feed_eof()
    log("read at eof", await waiting, reader.at_eof())
