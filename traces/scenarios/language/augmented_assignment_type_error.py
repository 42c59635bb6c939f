"""`x += y` on operands that support neither `+=` nor `+` is a TypeError naming the augmented operator: "for +=:", not "for +:".

An augmented assignment tries the left operand's in-place method, then the
plain operator; when neither applies, the message spells the statement's
own operator (`+=`, `-=`, `*=`, `/=`, `%=`). A set changes in place with
`-=` but has no `+=`, and its message names that too. The target keeps its
old value, whether it is a local, a dict entry, or waits on an await.

spec: https://docs.python.org/3.11/reference/simple_stmts.html#augmented-assignment-statements
features: sleep, exceptions
"""
import asyncio
from loopspec import log


async def later(value):
    await asyncio.sleep(0)
    return value


async def main():
    x = 1
    try:
        x += "a"
    except TypeError as e:
        log("+=", e, x)
    try:
        x -= None
    except TypeError as e:
        log("-=", e, x)
    try:
        x *= {}
    except TypeError as e:
        log("*=", e, x)
    counts = {"n": 2.5}
    try:
        counts["n"] /= "b"
    except TypeError as e:
        log("/=", e, counts)
    try:
        x %= await later([1])
    except TypeError as e:
        log("%= after await", e, x)
    seen = {1}
    seen -= {1}
    try:
        seen += {2}
    except TypeError as e:
        log("set +=", e, seen)
    try:
        log(x + None)
    except TypeError as e:
        log("+", e)
