"""Trace values (docs/scenario-language.md#trace-values): Python objects -> JSON values.

None, bools, ints, strings are JSON's own (with memory addresses written 0x...); floats are JSON numbers; lists are
arrays; tuples, sets, dicts, bytes, exceptions and tasks are tagged objects. Anything
else is an error of the scenario (EncodeError).
"""
import asyncio
import json
import math
import re

INT_MIN = -(2 ** 63)
INT_MAX = 2 ** 63 - 1

# Where the allocator put an object is no loop's behaviour
# (docs/scenario-language.md#addresses).
ADDRESS = re.compile(r"(?<=\bat )0x[0-9a-fA-F]+")


class EncodeError(Exception):
    """A value that has no trace encoding; the message names its type."""


def canonical(value):
    """Canonical JSON text of an encoded value: the sort key of set elements."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def encode(value, _depth=0):
    if _depth > 100:
        raise EncodeError("value nests too deeply (a list that contains itself?)")
    d = _depth + 1
    if value is None:
        return None
    if isinstance(value, bool):
        return bool(value)
    if isinstance(value, str):
        return ADDRESS.sub("0x...", str(value))
    if isinstance(value, int):
        v = int(value)
        if not INT_MIN <= v <= INT_MAX:
            raise EncodeError(f"integer {v} does not fit in 64 bits")
        return v
    if isinstance(value, float):
        if not math.isfinite(value):
            raise EncodeError(f"float {value!r} is not finite")
        return float(value)
    if isinstance(value, bytes):
        return {"bytes": value.decode("latin-1")}
    if isinstance(value, list):
        return [encode(v, d) for v in value]
    if isinstance(value, tuple):
        return {"tuple": [encode(v, d) for v in value]}
    if isinstance(value, (set, frozenset)):
        return {"set": sorted((encode(v, d) for v in value), key=canonical)}
    if isinstance(value, dict):
        return {"dict": [[encode(k, d), encode(v, d)] for k, v in value.items()]}
    if isinstance(value, BaseException):
        out = {"exc": type(value).__name__, "args": [encode(a, d) for a in value.args]}
        if isinstance(value, BaseExceptionGroup):
            out["exceptions"] = [encode(e, d) for e in value.exceptions]
        return out
    if isinstance(value, asyncio.Task):
        return {"task": value.get_name()}
    raise EncodeError(f"a value of type {type(value).__name__} cannot be logged (loggable: None, "
                      "bools, ints, floats, strings, bytes, lists, tuples, sets, dicts, "
                      "exceptions, tasks)")

