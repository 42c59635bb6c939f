"""Context.run runs a call inside a context: what it sets stays in that context, and a context cannot be entered twice at once.

copy_context() takes a copy of the current context; later sets on either side
do not reach the other. A context reads like a mapping of variables
(`ctx[var]`, `var in ctx`, `len(ctx)`, `ctx.get(var, default)`), and
`Context()` is an empty one.

spec: https://docs.python.org/3.11/library/contextvars.html#contextvars.Context.run
features: contextvars
"""
import contextvars
from contextvars import ContextVar, copy_context
from loopspec import log

USER = ContextVar("user", default="nobody")


def login(name):
    USER.set(name)
    log("inside", USER.get())
    return len(name)


def scenario(loop):
    USER.set("alice")
    ctx = copy_context()
    log("ran", ctx.run(login, "bob"))
    log("outside", USER.get(), "ctx has", ctx[USER])
    USER.set("carol")
    log(ctx.get(USER), USER in ctx, len(ctx))
    log(ctx.run(USER.get), USER.get())
    empty = contextvars.Context()
    log(len(empty), USER in empty, empty.get(USER, "none"), empty.run(USER.get))
    twin = ctx.copy()
    twin.run(login, "dave")
    log(ctx[USER], twin[USER])
    try:
        ctx.run(ctx.run, login, "eve")
    except RuntimeError:
        log("already entered", ctx[USER])
    try:
        empty[USER]
    except KeyError as e:
        log("no key", e.args[0] is USER)
    try:
        ctx.get("user")
    except TypeError as e:
        log(e)
