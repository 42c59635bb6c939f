"""set_exception() on a done future raises InvalidStateError even when its argument is not an exception; on a pending future a non-exception is a TypeError.

CPython checks the future's state first and the argument only after: for a
future with a result and for a cancelled one, set_exception(1) and
set_exception("x") raise InvalidStateError('invalid state'), not TypeError.
On a pending future set_exception(1) raises TypeError('invalid exception
object') and leaves the future pending, so a later set_exception with a
real exception still works.

The messages are those of the C implementation (Modules/_asynciomodule.c),
the one asyncio uses; the pure-Python Future in futures.py checks the state
first too.

spec: https://github.com/python/cpython/blob/3.11/Lib/asyncio/futures.py
features: futures, exceptions, cancellation
"""
import asyncio
from loopspec import log


def scenario(loop):
    done = loop.create_future()
    done.set_result("kept")
    try:
        done.set_exception(1)
    except (asyncio.InvalidStateError, TypeError) as e:
        log("result set, set_exception(1)", e)
    cancelled = loop.create_future()
    cancelled.cancel()
    try:
        cancelled.set_exception("x")
    except (asyncio.InvalidStateError, TypeError) as e:
        log("cancelled, set_exception('x')", e)
    log("unchanged", done.result(), cancelled.cancelled())
    pending = loop.create_future()
    try:
        pending.set_exception(1)
    except (asyncio.InvalidStateError, TypeError) as e:
        log("pending, set_exception(1)", e)
    log("still pending", pending.done())
    pending.set_exception(ValueError("real"))
    log("then", pending.exception())
