"""Tables of the scenario subset: what names, attributes and operators may appear.

The subset of docs/scenario-language.md#subset plus the
extensions listed in docs/ir.md (augassign, while, ifexp, dict literals, tuple
unpacking, `//` and `%`).
"""
import ast
import re

# Builtin exception classes a scenario may name bare (docs/scenario-language.md#expressions).
# RecursionError is our extension: CPython raises it for endless recursion,
# and a scenario can catch it by name (docs/scenario-language.md).
BUILTIN_EXCEPTIONS = (
    "BaseException", "Exception", "ValueError", "TypeError", "RuntimeError",
    "KeyError", "ZeroDivisionError", "TimeoutError", "KeyboardInterrupt",
    "SystemExit", "ExceptionGroup", "BaseExceptionGroup", "RecursionError", "StopAsyncIteration",
    "ArithmeticError", "LookupError", "IndexError", "AttributeError", "NameError",
    "StopIteration", "GeneratorExit", "AssertionError", "UnboundLocalError",
    "OverflowError", "UnicodeError", "UnicodeEncodeError", "UnicodeDecodeError",
    "OSError", "BlockingIOError", "BrokenPipeError", "ConnectionResetError", "EOFError",
    "ConnectionError", "ConnectionRefusedError", "ConnectionAbortedError", "FileNotFoundError",
    "ProcessLookupError",
)

# Exception classes reached as asyncio.<name>. BrokenBarrierError is our
# extension: Barrier is in the contract's surface and raises it. QueueShutDown
# exists from CPython 3.13 (docs/versions.md#added-names).
ASYNCIO_EXCEPTIONS = (
    "CancelledError", "TimeoutError", "InvalidStateError", "QueueEmpty",
    "QueueFull", "QueueShutDown", "BrokenBarrierError", "IncompleteReadError",
    "LimitOverrunError",
)

# concurrent.futures' exception classes a scenario may name as
# concurrent.futures.<name> (docs/scenario-language.md#concurrent-futures);
# its TimeoutError is the builtin.
CONCURRENT_EXCEPTIONS = ("CancelledError", "TimeoutError", "InvalidStateError")

# What `except` has to match for each class above: its CPython 3.11 bases, most
# derived first (the __mro__ without the class itself and `object`). An
# implementation's exception types must have at least these bases; the unit
# tests check this table against CPython. asyncio.TimeoutError is the builtin.
EXCEPTION_BASES = {
    "BaseException": (),
    "Exception": ("BaseException",),
    "ValueError": ("Exception", "BaseException"),
    "TypeError": ("Exception", "BaseException"),
    "RuntimeError": ("Exception", "BaseException"),
    "KeyError": ("LookupError", "Exception", "BaseException"),
    "ZeroDivisionError": ("ArithmeticError", "Exception", "BaseException"),
    "TimeoutError": ("OSError", "Exception", "BaseException"),
    "KeyboardInterrupt": ("BaseException",),
    "SystemExit": ("BaseException",),
    "ExceptionGroup": ("BaseExceptionGroup", "Exception", "BaseException"),
    "BaseExceptionGroup": ("BaseException",),
    "RecursionError": ("RuntimeError", "Exception", "BaseException"),
    "ArithmeticError": ("Exception", "BaseException"),
    "LookupError": ("Exception", "BaseException"),
    "IndexError": ("LookupError", "Exception", "BaseException"),
    "AttributeError": ("Exception", "BaseException"),
    "NameError": ("Exception", "BaseException"),
    "StopIteration": ("Exception", "BaseException"),
    "StopAsyncIteration": ("Exception", "BaseException"),
    "GeneratorExit": ("BaseException",),
    "AssertionError": ("Exception", "BaseException"),
    "UnboundLocalError": ("NameError", "Exception", "BaseException"),
    "OverflowError": ("ArithmeticError", "Exception", "BaseException"),
    "UnicodeError": ("ValueError", "Exception", "BaseException"),
    "UnicodeEncodeError": ("UnicodeError", "ValueError", "Exception", "BaseException"),
    "UnicodeDecodeError": ("UnicodeError", "ValueError", "Exception", "BaseException"),
    "OSError": ("Exception", "BaseException"),
    "BlockingIOError": ("OSError", "Exception", "BaseException"),
    "BrokenPipeError": ("ConnectionError", "OSError", "Exception", "BaseException"),
    "ConnectionResetError": ("ConnectionError", "OSError", "Exception", "BaseException"),
    "EOFError": ("Exception", "BaseException"),
    "ConnectionError": ("OSError", "Exception", "BaseException"),
    "ConnectionRefusedError": ("ConnectionError", "OSError", "Exception", "BaseException"),
    "ConnectionAbortedError": ("ConnectionError", "OSError", "Exception", "BaseException"),
    "FileNotFoundError": ("OSError", "Exception", "BaseException"),
    "ProcessLookupError": ("OSError", "Exception", "BaseException"),
    "asyncio.CancelledError": ("BaseException",),
    "asyncio.TimeoutError": ("OSError", "Exception", "BaseException"),
    "asyncio.InvalidStateError": ("Exception", "BaseException"),
    "asyncio.QueueEmpty": ("Exception", "BaseException"),
    "asyncio.QueueFull": ("Exception", "BaseException"),
    "asyncio.QueueShutDown": ("Exception", "BaseException"),
    "asyncio.BrokenBarrierError": ("RuntimeError", "Exception", "BaseException"),
    "asyncio.IncompleteReadError": ("EOFError", "Exception", "BaseException"),
    "asyncio.LimitOverrunError": ("Exception", "BaseException"),
    "concurrent.futures.CancelledError": ("Error", "Exception", "BaseException"),
    "concurrent.futures.TimeoutError": ("OSError", "Exception", "BaseException"),
    "concurrent.futures.InvalidStateError": ("Error", "Exception", "BaseException"),
}

# Builtin functions and types a scenario may name (docs/scenario-language.md#builtins).
BUILTIN_TYPES = ("int", "float", "str", "bool", "list", "tuple", "dict", "set", "bytes")
BUILTIN_FUNCTIONS = ("range", "len", "sorted", "min", "max", "sum", "any", "all",
                     "enumerate", "zip", "isinstance", "repr", "abs", "round", "type",
                     "aiter", "anext", "open") + BUILTIN_TYPES

# The error handlers of bytes.decode, str.encode, bytes() and str() (docs/scenario-language.md#bytes).
ERROR_HANDLERS = ("strict", "ignore", "replace")

# asyncio's protocol classes, which a scenario's classes may derive from
# (docs/scenario-language.md#classes).
ASYNCIO_PROTOCOLS = ("BaseProtocol", "Protocol", "BufferedProtocol", "DatagramProtocol",
                     "SubprocessProtocol")

# asyncio module attributes of the surface (docs/scenario-language.md#asyncio-surface, version 1).
ASYNCIO_ATTRIBUTES = frozenset((
    "sleep", "create_task", "gather", "shield", "wait_for", "wait",
    "as_completed", "current_task", "all_tasks", "get_running_loop",
    "get_event_loop", "new_event_loop", "set_event_loop", "run", "Runner",
    "ensure_future", "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED",
    "TaskGroup", "timeout", "timeout_at",
    "Lock", "Event", "Condition", "Semaphore", "BoundedSemaphore", "Barrier",
    "Queue", "PriorityQueue", "LifoQueue",
    "Task", "eager_task_factory", "create_eager_task_factory",
    "wrap_future", "run_coroutine_threadsafe", "to_thread", "StreamReader", "StreamReaderProtocol",
    "open_connection",
    "start_server", "open_unix_connection", "start_unix_server",
    "create_subprocess_exec", "create_subprocess_shell", "subprocess",
) + ASYNCIO_EXCEPTIONS + ASYNCIO_PROTOCOLS)

# The special methods a class may define; the interpreter calls them where
# CPython does (docs/scenario-language.md#classes).
SPECIAL_METHODS = ("__init__", "__aenter__", "__aexit__", "__await__", "__aiter__", "__anext__")

# Context managers of `async with <call>`; other `async with` operands must be
# plain expressions naming a Lock, Semaphore or Condition.
ASYNC_WITH_CALLS = ("TaskGroup", "timeout", "timeout_at")

BINOPS = {
    ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/",
    ast.FloorDiv: "//", ast.Mod: "%", ast.BitOr: "|", ast.BitAnd: "&",
}
UNARYOPS = {ast.USub: "-", ast.UAdd: "+", ast.Not: "not"}
CMPOPS = {
    ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">",
    ast.GtE: ">=", ast.Is: "is", ast.IsNot: "is not", ast.In: "in", ast.NotIn: "not in",
}
BOOLOPS = {ast.And: "and", ast.Or: "or"}

INT_MIN = -(2 ** 63)
INT_MAX = 2 ** 63 - 1

# What to tell an author who used a construct outside the subset.
# The imports a scenario may make: the name each binds, and its statement
# (in the order the decompiler writes them).
IMPORTS = {
    "asyncio": "import asyncio",
    "log": "from loopspec import log",
    "functools": "import functools",
    "partial": "from functools import partial",
    "contextvars": "import contextvars",
    "ContextVar": "from contextvars import ContextVar",
    "copy_context": "from contextvars import copy_context",
    "concurrent": "import concurrent.futures",
    "io": "import io",
    "signal": "import signal",
    "os": "import os",
    "time": "import time",
    "socket": "import socket",
    "unix_path": "from loopspec import unix_path",
}

# The attributes of the modules other than asyncio a scenario may read, by
# the module's dotted name (docs/scenario-language.md#closures, #contextvars,
# #concurrent-futures).
MODULE_ATTRIBUTES = {
    "asyncio.subprocess": ("PIPE", "DEVNULL", "STDOUT"),
    "functools": ("partial",),
    "contextvars": ("ContextVar", "copy_context", "Context"),
    "concurrent": ("futures",),
    "concurrent.futures": ("Future", "ThreadPoolExecutor") + CONCURRENT_EXCEPTIONS,
    "io": ("StringIO",),
    "signal": ("SIGINT", "SIGHUP", "SIGTERM", "SIGUSR1", "SIGUSR2", "SIGKILL", "raise_signal"),
    "os": ("kill", "getpid", "pipe", "read", "write", "close"),
    "time": ("sleep",),
    "socket": ("socketpair", "socket", "AF_INET", "AF_UNIX", "SOCK_STREAM", "SOCK_DGRAM", "SHUT_RD", "SHUT_WR",
               "SHUT_RDWR"),
}
ALLOWED_IMPORTS = ", ".join(f"`{s}`" for s in list(IMPORTS.values())[:-1]) + \
    f" and `{list(IMPORTS.values())[-1]}`"

STATEMENT_HINTS = {
    "AnnAssign": "annotated assignment; write `name = value` without the annotation",
    "Import": "this import; only " + ALLOWED_IMPORTS + " are allowed",
    "ImportFrom": "this import; only " + ALLOWED_IMPORTS + " are allowed",
    "Global": "`global`; module constants are read-only: keep state in a local of main() and "
              "use `nonlocal` in a nested function",
    "ClassDef": "a class here; classes are defined at module level",
    "Match": "`match`; use `if`/`elif`/`else`",
}

EXPRESSION_HINTS = {
    "NamedExpr": "`:=`; assign with a separate statement",
    "Yield": "`yield` outside an `async def`; plain generators are not part of the subset "
             "(async generators are)",
    "YieldFrom": "`yield from`; use `await`",
    "Slice": "a slice stands only directly inside `x[...]` (no `x[a:b, c]`)",
    "Starred": "`*` here; `*list` is allowed only as the last positional argument of asyncio.gather",
}


# The format mini-language the interpreter implements for f-string fields
# (docs/scenario-language.md#expressions): [[fill]align][sign][0][width]
# [grouping][.precision][type].
_FORMAT_SPEC = re.compile(r"(?:(?P<fill>.)?(?P<align>[<>=^]))?(?P<sign>[-+ ])?(?P<alt>#)?(?P<zero>0)?"
                          r"(?P<width>[0-9]+)?(?P<grouping>[,_])?(?:\.(?P<precision>[0-9]+))?"
                          r"(?P<type>.)?", re.S)
FORMAT_TYPES = "sdxXobfFeE%"


def format_spec_problem(spec):
    """Why the interpreter cannot honour this format spec, or None."""
    m = _FORMAT_SPEC.fullmatch(spec)
    if not m:
        return "not a format spec"
    if m["alt"]:
        return "`#` (alternate form) is not in the subset"
    if m["zero"] and m["grouping"]:
        return "`0` padding together with a grouping option is not in the subset"
    if m["type"] is not None and m["type"] not in FORMAT_TYPES:
        return f"type {m['type']!r} is not in the subset (allowed: {' '.join(FORMAT_TYPES)})"
    return None
