"""int, float, bool, str, repr, list, tuple, dict and set convert as CPython does, with its errors for text that is not a number.

int() truncates a float toward zero and reads base-10 text with spaces
around it and single underscores between digits; float() reads decimal
text, inf and nan in any case. The text read here arrives over a queue.

spec: https://docs.python.org/3.11/library/functions.html#int
features: queue, tasks, sleep, exceptions
"""
import asyncio
from loopspec import log


async def sender(q):
    for text in (" 12 ", "-7", "1_000", "3.5", "1e3", "-Infinity", "x1", "1__0", "", "0x10", "+.5"):
        await asyncio.sleep(0.01)
        await q.put(text)
    await q.put(None)


async def main():
    q = asyncio.Queue()
    asyncio.create_task(sender(q))
    while True:
        text = await q.get()
        if text is None:
            break
        try:
            n = int(text)
        except ValueError as e:
            n = e
        try:
            f = float(text)
        except ValueError as e:
            f = e
        log(text, n, repr(f) if isinstance(f, float) else f)
    log(int(), int(3.9), int(-3.9), int(True), int(b"42"), float(), float(2), float(False), float(" nan ") == 0)
    log(bool(), bool(0.0), bool("0"), bool([]), bool((0,)), bool(b""), bool({}), bool(None))
    log(str(1.0), str(None), str([1, "a"]), str((1,)), repr("it's"), repr(1e16), repr([None, 2.5]), repr({"a": (1,)}))
    log(list("ab"), list((1, 2)), list({"k": 1, "j": 2}), list(range(3)), list(b"az"), tuple([1, 2]), tuple("é"))
    log(dict([("a", 1), ["b", 2]]), dict({"x": 1}), dict(a=1, b=2), dict([("a", 1)], a=3), dict())
    src = [1, 2]
    copy = list(src)
    copy.append(3)
    log(src, copy, tuple(src) == (1, 2))
    for bad in (None, [1], 1.5e300 * 1e10):
        try:
            log(int(bad))
        except (TypeError, OverflowError) as e:
            log("int", e)
    try:
        float([])
    except TypeError as e:
        log("float", e)
    try:
        dict([1, 2])
    except TypeError as e:
        log("dict", e)
    try:
        dict(["abc"])
    except ValueError as e:
        log("dict", e)
    try:
        list(1, 2)
    except TypeError as e:
        log("list", e)
    try:
        tuple(5)
    except TypeError as e:
        log("tuple", e)
