"""Finding a CPython that can import a loop's module, and running this tool under it.

Python loops installed from Debian (python3-uvloop, python3-gbulb,
python3-nest-asyncio) are importable only by Debian's /usr/bin/python3, which
need not be the interpreter running this tool (pyenv's, here). A run on such
a loop is done by the first CPython 3.11+ that imports it:
$LOOPSPEC_LOOP_PYTHON, /usr/bin/python3, then the python3s on PATH.
"""
import functools
import importlib.util
import os
import shutil
import subprocess
import sys

from .diagnostics import ToolError
from .paths import WRAPPER

_REEXEC_ENV = "LOOPSPEC_TRACES_REEXEC"
PYTHON_ENV = "LOOPSPEC_LOOP_PYTHON"
_CHECK = "import sys, importlib; importlib.import_module(sys.argv[1]); print('%d.%d' % sys.version_info[:2])"


def importable(module):
    """True when this interpreter can import `module` (None: the standard library)."""
    if module is None:
        return True
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def candidates():
    """Other interpreters worth trying, best first."""
    seen = set()
    out = []
    names = [os.environ.get(PYTHON_ENV), "/usr/bin/python3", "/usr/bin/python3.11",
             "/usr/local/bin/python3"]
    for d in os.environ.get("PATH", "").split(os.pathsep):
        for n in ("python3.11", "python3"):
            names.append(os.path.join(d, n))
    mine = os.path.realpath(sys.executable)
    for n in names:
        if not n:
            continue
        p = shutil.which(n) if os.sep not in n else (n if os.access(n, os.X_OK) else None)
        if not p:
            continue
        real = os.path.realpath(p)
        if real == mine or real in seen or "/.pyenv/shims/" in p:
            continue
        seen.add(real)
        out.append(p)
    return out


@functools.lru_cache(maxsize=None)
def python_for(module):
    """An interpreter (3.11+) that imports `module`: this one if it can, else the first other; or None."""
    if importable(module):
        return sys.executable
    for p in candidates():
        try:
            r = subprocess.run([p, "-I", "-c", _CHECK, module], capture_output=True, text=True,
                               timeout=20)
        except (OSError, subprocess.TimeoutExpired):
            continue
        try:
            major, minor = (int(x) for x in r.stdout.strip().split("."))
        except ValueError:
            continue
        if r.returncode == 0 and (major, minor) >= (3, 11):
            return p
    return None


def missing_message(loop):
    """Why `loop` cannot run here, and what to install."""
    tried = ", ".join([sys.executable] + candidates())
    how = (f"Debian: apt-get install {loop.package}" if loop.package
           else f"install the package that provides {loop.module}")
    return (f"{loop.module} is not importable by any CPython 3.11+ tried ({tried}); {how}, "
            f"or set {PYTHON_ENV} to an interpreter that has it")


def reexecuted():
    """True in a process that reexec_for started (it runs under the loop's interpreter)."""
    return bool(os.environ.get(_REEXEC_ENV))


def tool_command(python, argv):
    """Command line running this tool under `python`."""
    return [python, "-I", str(WRAPPER)] + list(argv)


def reexec_for(loop, argv):
    """Replace this process with the same command under an interpreter that imports loop.module."""
    if reexecuted():
        raise ToolError(f"{loop.module} is not importable by {sys.executable} (re-run already attempted)")
    python = python_for(loop.module)
    if python is None:
        raise ToolError(f"--loop {loop.name}: {missing_message(loop)}")
    reexec_under(python, argv)


def reexec_under(python, argv):
    """Replace this process with the same command under `python`."""
    env = dict(os.environ)
    env[_REEXEC_ENV] = "1"
    sys.stdout.flush()
    sys.stderr.flush()
    os.execve(python, tool_command(python, argv), env)
