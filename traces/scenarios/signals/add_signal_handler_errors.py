"""add_signal_handler's errors: coroutines, signal types and numbers, uncatchable signals, a closed loop.

Coroutines are refused first (TypeError), then a sig that is not an int
(TypeError), a number that is not a signal (ValueError), then a closed loop
and a signal that cannot be caught (RuntimeError). remove_signal_handler
checks the signal the same way.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#unix-signals
features: signals, close
"""
import asyncio
import signal
from loopspec import log


def handler():
    log("handler")


async def coro_handler():
    log("never")


def attempt(what, call):
    try:
        call()
        log(what, "accepted")
    except (TypeError, ValueError, RuntimeError) as e:
        log(what, type(e).__name__, str(e))


def scenario(loop):
    attempt("coroutine function", lambda: loop.add_signal_handler(signal.SIGUSR1, coro_handler))
    coro = coro_handler()
    attempt("coroutine object", lambda: loop.add_signal_handler(signal.SIGUSR1, coro))
    coro.close()
    attempt("str", lambda: loop.add_signal_handler("SIGUSR1", handler))
    attempt("float", lambda: loop.add_signal_handler(10.0, handler))
    attempt("zero", lambda: loop.add_signal_handler(0, handler))
    attempt("65", lambda: loop.add_signal_handler(65, handler))
    attempt("32", lambda: loop.add_signal_handler(32, handler))
    attempt("SIGKILL", lambda: loop.add_signal_handler(signal.SIGKILL, handler))
    attempt("remove str", lambda: loop.remove_signal_handler("x"))
    attempt("remove zero", lambda: loop.remove_signal_handler(0))
    attempt("remove SIGKILL", lambda: loop.remove_signal_handler(signal.SIGKILL))
    loop.close()
    attempt("closed", lambda: loop.add_signal_handler(signal.SIGUSR1, handler))
    attempt("closed coroutine", lambda: loop.add_signal_handler(signal.SIGUSR1, coro_handler))
    attempt("closed remove", lambda: loop.remove_signal_handler(signal.SIGUSR1))
