"""concurrent.futures.Future's states: pending, running, cancelled, finished.

set_running_or_notify_cancel() moves a pending future to running (True) or
notes the cancellation of a cancelled one (False); called again it raises
RuntimeError. A running future cannot be cancelled but can take its result.
result() and exception() with a timeout on an unfinished future raise
TimeoutError once it elapses (on this one thread nothing can complete it
meanwhile); on a cancelled one, concurrent.futures.CancelledError.

spec: https://docs.python.org/3.11/library/concurrent.futures.html#future-objects
features: concurrent_futures
"""
import concurrent.futures
from loopspec import log


def states(name, f):
    log(name, "running:", f.running(), "cancelled:", f.cancelled(), "done:", f.done())


def scenario(loop):
    f = concurrent.futures.Future()
    states("new", f)
    log("to running", f.set_running_or_notify_cancel())
    states("running", f)
    log("cancel a running future", f.cancel())
    try:
        f.exception(timeout=0)
    except TimeoutError as e:
        log("exception(timeout=0)", type(e).__name__)
    f.set_result(None)
    states("finished", f)
    log("result", f.result(), f.exception(timeout=0))
    try:
        f.set_running_or_notify_cancel()
    except RuntimeError as e:
        log("notify a finished future", e)

    c = concurrent.futures.Future()
    log("cancel", c.cancel(), "again", c.cancel())
    states("cancelled", c)
    log("notify", c.set_running_or_notify_cancel(), "cancel once notified", c.cancel())
    try:
        c.set_running_or_notify_cancel()
    except RuntimeError as e:
        log("notify twice", e)
    try:
        c.exception(timeout=0)
    except concurrent.futures.CancelledError as e:
        log("exception() of a cancelled future raises", type(e).__name__, isinstance(e, Exception))
