"""ContextVar.get falls back to its argument, then to the variable's default, then raises LookupError; reset puts back what set replaced.

A Token remembers the value it replaced (`old_value`) and the variable;
resetting with it restores that value, or unsets a variable that had none.
A token works once, only with its own variable, and only in the context
where it was made.

spec: https://docs.python.org/3.11/library/contextvars.html#contextvars.ContextVar
features: contextvars
"""
import contextvars
from contextvars import ContextVar, copy_context
from loopspec import log

COLOR = ContextVar("color", default="red")
SIZE = contextvars.ContextVar("size")


def scenario(loop):
    log(COLOR.name, COLOR.get(), COLOR.get("blue"))
    try:
        SIZE.get()
    except LookupError as e:
        log("unset", type(e).__name__, e.args[0] is SIZE)
    log(SIZE.get(None), SIZE.get(3))
    tok = SIZE.set(10)
    log(SIZE.get(), SIZE.get(3), tok.var is SIZE)
    tok2 = SIZE.set(20)
    log(tok2.old_value, SIZE.get())
    SIZE.reset(tok2)
    log("after reset", SIZE.get())
    try:
        SIZE.reset(tok2)
    except RuntimeError:
        log("a token works once")
    other = COLOR.set("green")
    try:
        SIZE.reset(other)
    except ValueError:
        log("another variable's token")
    ctx = copy_context()
    try:
        ctx.run(SIZE.reset, tok)
    except ValueError:
        log("a token of another context")
    SIZE.reset(tok)
    log("unset again", SIZE.get("gone"), COLOR.get())
    try:
        SIZE.reset(5)
    except TypeError as e:
        log(e)
    try:
        ContextVar(5)
    except TypeError as e:
        log(e)
    try:
        SIZE.get(1, 2)
    except TypeError as e:
        log(e)
