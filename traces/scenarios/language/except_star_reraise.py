"""What `except*` raises afterwards: the unmatched rest with the original shape, and any new exception together with what was re-raised, in a new group.

A bare `raise` in a clause re-raises its part, which goes back into the
original group's structure; a new exception raised in a clause is put
first in a group with an empty message. A naked exception no clause
matches passes through unwrapped. Naming an exception-group class in
`except*` is a TypeError.

spec: https://docs.python.org/3.11/reference/compound_stmts.html#except-star
features: exceptions, exception_groups
"""
from loopspec import log


def scenario(loop):
    try:
        try:
            raise ExceptionGroup("g", [ValueError("p"), TypeError("q")])
        except* ValueError:
            log("handled values")
    except ExceptionGroup as eg:
        log("rest", eg)
    try:
        try:
            raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [KeyError("k")])])
        except* ValueError:
            raise RuntimeError("new")
        except* LookupError:
            raise
    except ExceptionGroup as eg:
        log("combined", eg)
    try:
        try:
            raise KeyError("naked")
        except* ValueError:
            log("never")
    except KeyError as e:
        log("passes", e)
    try:
        try:
            raise ValueError("x")
        except* ExceptionGroup:
            log("never")
    except TypeError as e:
        log(e)
