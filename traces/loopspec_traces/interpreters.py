"""Finding a CPython that can import uvloop, and re-running this tool under it."""
import functools
import os
import shutil
import subprocess
import sys

from .diagnostics import ToolError
from .paths import WRAPPER

_REEXEC_ENV = "LOOPSPEC_TRACES_REEXEC"
_CHECK = "import sys, uvloop; print('%d.%d' % sys.version_info[:2], uvloop.__version__)"


def have_uvloop():
    try:
        import uvloop  # noqa: F401
    except ImportError:
        return False
    return True


def candidates():
    """Interpreters worth trying, best first (LOOPSPEC_UVLOOP_PYTHON wins)."""
    seen = set()
    out = []
    names = [os.environ.get("LOOPSPEC_UVLOOP_PYTHON"), "/usr/bin/python3", "/usr/bin/python3.11",
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
def find_uvloop_python():
    """(path, 'X.Y', uvloop version) of the first interpreter 3.11+ that imports uvloop, or None."""
    for p in candidates():
        try:
            r = subprocess.run([p, "-I", "-c", _CHECK], capture_output=True, text=True, timeout=20)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if r.returncode != 0:
            continue
        ver, _, uv = r.stdout.strip().partition(" ")
        try:
            major, minor = (int(x) for x in ver.split("."))
        except ValueError:
            continue
        if (major, minor) >= (3, 11):
            return p, ver, uv
    return None


def reexec_with_uvloop(argv):
    """Replace this process with the same command under an interpreter that has uvloop."""
    if os.environ.get(_REEXEC_ENV):
        raise ToolError(f"uvloop is not importable by {sys.executable} (re-run already attempted)")
    found = find_uvloop_python()
    if found is None:
        tried = ", ".join(candidates()) or "none found"
        raise ToolError(f"--loop uvloop: uvloop is not importable by {sys.executable} "
                        f"(Python {sys.version.split()[0]}) nor by any other CPython 3.11+ "
                        f"interpreter tried ({tried}). Install it (Debian: apt-get install "
                        "python3-uvloop; pip: pip install uvloop), or set "
                        "LOOPSPEC_UVLOOP_PYTHON to an interpreter that has it.")
    python = found[0]
    env = dict(os.environ)
    env[_REEXEC_ENV] = "1"
    sys.stdout.flush()
    sys.stderr.flush()
    os.execve(python, [python, "-I", str(WRAPPER)] + list(argv), env)


def uvloop_command(argv):
    """Command line running this tool with `argv` under an interpreter that has uvloop."""
    if have_uvloop():
        return [sys.executable, "-I", str(WRAPPER)] + list(argv)
    found = find_uvloop_python()
    if found is None:
        return None
    return [found[0], "-I", str(WRAPPER)] + list(argv)
