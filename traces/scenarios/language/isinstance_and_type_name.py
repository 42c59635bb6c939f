"""isinstance with a builtin type, an exception class or a tuple of them, and type(x).__name__, for every kind of value a scenario has.

bool is a subclass of int; an exception is an instance of each of its
bases. Results of gather are told apart by their type.

spec: https://docs.python.org/3.11/library/functions.html#isinstance
features: gather, tasks, sleep, exceptions
"""
import asyncio
from loopspec import log


async def fetch(kind):
    await asyncio.sleep(0.1)
    if kind == "error":
        raise KeyError("missing")
    return {"int": 1, "str": "s", "list": [1], "none": None}[kind]


async def main():
    results = await asyncio.gather(fetch("int"), fetch("error"), fetch("str"), fetch("list"), fetch("none"),
                                   return_exceptions=True)
    for r in results:
        log(type(r).__name__, isinstance(r, Exception), isinstance(r, (int, str)), isinstance(r, LookupError))
    values = [True, 0, 1.5, "s", b"b", [1], (1,), {"a": 1}, {1}, None, range(2), ValueError("v")]
    for v in values:
        log(type(v).__name__, isinstance(v, int), isinstance(v, bool), isinstance(v, float), isinstance(v, (list, tuple)),
            isinstance(v, (dict, set, bytes)), isinstance(v, str))
    t = asyncio.current_task()
    log(type(t).__name__, type(len).__name__, type(main).__name__)
    log(type(asyncio.get_running_loop().create_future()).__name__, type(int).__name__, type(KeyError).__name__)
    log(isinstance(KeyError("k"), (TypeError, (ValueError, LookupError))), isinstance(asyncio.CancelledError(), Exception))
    try:
        isinstance(1, 2)
    except TypeError as e:
        log("arg 2", e)
    try:
        isinstance(1, len)
    except TypeError as e:
        log("len", e)
