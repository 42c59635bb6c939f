"""`except*` hands each clause the part of an exception group it matches, keeping the nesting and the message; a naked exception is wrapped in a group of one.

Clauses are tried in order on what is left: a later clause sees only what
earlier ones did not take, and once nothing is left the remaining clauses
are skipped. A group that matches as a whole (`except* Exception`) is
handed over as it is; `else` and `finally` run as after `except`.

spec: https://docs.python.org/3.11/reference/compound_stmts.html#except-star
features: exceptions, exception_groups, sleep
"""
import asyncio
from loopspec import log


async def main():
    nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [KeyError("k"), ValueError("b")])])
    try:
        raise nested
    except* ValueError as eg:
        log("values", eg)
    except* LookupError as eg:
        log("lookups", eg, eg.exceptions)
    except* TypeError:
        log("never")
    await asyncio.sleep(0)
    try:
        raise ValueError("solo")
    except* ValueError as eg:
        log("wrapped", eg, eg.message)
    try:
        raise ExceptionGroup("g", [ValueError("p")])
    except* Exception as eg:
        log("whole", eg)
    else:
        log("no")
    finally:
        log("finally")
