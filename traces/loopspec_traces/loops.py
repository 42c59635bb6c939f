"""The Python event loops a scenario can run on (docs/report.md#python-loops).

A loop is named on the command line (`run --loop NAME`, `compare-loop --loop
NAME`) by one of the KNOWN names or as `module:factory`, any loop a user has
installed (`winloop:new_event_loop`, a loop of their own). What the runner
needs of a loop:

- `clock`: "virtual" when the loop is CPython's selector loop underneath
  (stock asyncio, asyncio without its C accelerator, nest_asyncio's patched
  loop), so loopspec's virtual clock can be installed and its traces compared
  exactly; "real" when the loop owns its clock (uvloop, gbulb, any other),
  so it runs in real time and is compared by event order (compare.py);
- `module`: what must be importable (None: only the standard library), and
  the Debian package that provides it, for the message when it is missing;
- `make_loop(exception_hook)`: a new loop whose default exception handler is
  the runner's hook, so unhandled exceptions reach the trace as they do on
  the virtual loop.

The stock loop's traces say `"loop": "virtual"` (the goldens' header, from
before other loops had names); every other loop's say its name.
"""
import importlib
import sys
from dataclasses import dataclass

from .diagnostics import ToolError


@dataclass(frozen=True)
class PythonLoop:
    name: str
    clock: str                 # "virtual" or "real"
    module: str = None         # imported to use the loop; None: the standard library
    package: str = None        # the Debian package providing `module`
    factory: str = None        # module:factory loops: the attribute that makes a loop
    pure: bool = False         # asyncio without its C accelerator (`_asyncio`)

    @property
    def header_name(self):
        return "virtual" if self.name == "asyncio" else self.name

    @property
    def rule(self):
        """How its traces are compared (compare.py): `exact` on the virtual clock, else `order`."""
        return "exact" if self.clock == "virtual" else "order"

    @property
    def list_name(self):
        """The stem of its known-divergence list, traces/loops/<stem>.txt."""
        return self.name.replace(":", "-")

    def version(self):
        """`CPython X.Y.Z[, <module> <version>]` of this interpreter, for trace headers."""
        import platform
        runtime = f"CPython {platform.python_version()}"
        if self.pure:
            return runtime + " (pure-Python Future and Task)"
        if self.module:
            mod = sys.modules.get(self.module) or importlib.import_module(self.module)
            version = getattr(mod, "__version__", None) or _distribution_version(self.module)
            runtime += f", {self.module} {version}" if version else f", {self.module}"
        return runtime

    def info(self):
        """What the property tests need (docs/properties.md#python-loops): the clock, the
        comparison rule, and the interpreter that runs the loop or why none can."""
        from .interpreters import missing_message, python_for
        python = python_for(self.module)
        return {"name": self.name, "clock": self.clock,
                "rule": self.rule,
                "python": python, "unavailable": None if python else missing_message(self)}

    def prepare(self):
        """Before asyncio is imported: the pure loop keeps `_asyncio` out."""
        if self.pure:
            if "asyncio" in sys.modules:
                raise ToolError("internal: asyncio-pure must be set up before asyncio is imported")
            sys.modules["_asyncio"] = None

    def make_loop(self, exception_hook):
        """A new loop of this kind, unhandled exceptions going to exception_hook(loop, context)."""
        from . import virtual_loop
        if self.clock == "virtual":
            virtual_loop.VirtualLoop.exception_hook = exception_hook
            loop = virtual_loop.VirtualLoop()
            if self.module == "nest_asyncio":
                import nest_asyncio
                nest_asyncio.apply(loop)
            return loop
        loop_type = _LOOP_TYPES[self.name]() if self.name in _LOOP_TYPES else None
        if loop_type is not None:
            return _traced_subclass(loop_type, exception_hook)()
        loop = self._user_factory()()
        try:
            loop.default_exception_handler = lambda context: exception_hook(loop, context)
        except (AttributeError, TypeError):
            pass  # an extension type: unhandled exceptions are not traced (docs/report.md)
        return loop

    def _user_factory(self):
        mod = importlib.import_module(self.module)
        try:
            return getattr(mod, self.factory)
        except AttributeError:
            raise ToolError(f"--loop {self.name}: module {self.module} has no attribute "
                            f"{self.factory!r}") from None


def _uvloop_type():
    import uvloop
    return uvloop.Loop


def _gbulb_type():
    import gbulb
    return gbulb.GLibEventLoop


# Loops whose class the runner subclasses (an extension type takes no
# instance attributes, so the exception handler is overridden in a subclass).
_LOOP_TYPES = {"uvloop": _uvloop_type, "gbulb": _gbulb_type}


def _traced_subclass(base, exception_hook):
    class Traced(base):
        def default_exception_handler(self, context):
            exception_hook(self, context)

    Traced.__name__ = Traced.__qualname__ = base.__name__
    return Traced


def _distribution_version(module):
    try:
        from importlib import metadata
        return metadata.version(module.replace("_", "-"))
    except Exception:  # no distribution metadata: the header names the module alone
        return None


KNOWN = {
    "asyncio": PythonLoop("asyncio", "virtual"),
    "asyncio-pure": PythonLoop("asyncio-pure", "virtual", pure=True),
    "nest_asyncio": PythonLoop("nest_asyncio", "virtual", module="nest_asyncio",
                               package="python3-nest-asyncio"),
    "uvloop": PythonLoop("uvloop", "real", module="uvloop", package="python3-uvloop"),
    "gbulb": PythonLoop("gbulb", "real", module="gbulb", package="python3-gbulb"),
}


def lookup(name):
    """The PythonLoop called `name`; ToolError saying what is accepted otherwise."""
    if name == "virtual":
        return KNOWN["asyncio"]
    if name in KNOWN:
        return KNOWN[name]
    module, sep, factory = name.partition(":")
    if sep and module and factory.isidentifier() and all(p.isidentifier() for p in module.split(".")):
        return PythonLoop(name, "real", module=module, factory=factory)
    raise ToolError(f"unknown loop {name!r}: use one of {', '.join(KNOWN)} or MODULE:FACTORY "
                    "(a callable returning a new event loop, e.g. winloop:new_event_loop)")
