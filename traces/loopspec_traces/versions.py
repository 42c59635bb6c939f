"""The CPython versions a golden records, and the interpreters that record them.

A golden holds one trace per supported minor version (docs/versions.md): asyncio
changes between minor versions, and a loop must match the version its users
run. `regen` and `check` look for one interpreter per version, in this order:

1. $LOOPSPEC_CPYTHON_3_12 (and so on): a path, for a machine laid out
   otherwise; when set, it is the only one tried;
2. the interpreter running this tool, when it is that version;
3. pyenv's newest patch release of it ($PYENV_ROOT, else ~/.pyenv);
4. python3.12 on PATH.

A version with no interpreter is skipped, and the commands say so and how to
install it.
"""
import functools
import os
import platform
import re
import shutil
import subprocess
import sys
from pathlib import Path

from .diagnostics import ToolError

SUPPORTED = ("3.11", "3.12", "3.13")
_PRINT_VERSION = "import platform; print(platform.python_version())"


def minor_of(version):
    """'3.12.1' or '3.12' -> '3.12'."""
    return ".".join(version.split(".")[:2])


def patch_tuple(version):
    """'3.12.1' -> (3, 12, 1); '3.12' -> (3, 12, 0); pre-release tags are dropped."""
    parts = [int(re.match(r"\d*", p).group() or 0) for p in version.split(".")[:3]]
    return tuple(parts + [0] * (3 - len(parts)))


def env_name(minor):
    return "LOOPSPEC_CPYTHON_" + minor.replace(".", "_")


class Interpreter:
    """One CPython that records traces for its minor version."""

    def __init__(self, path, version):
        self.path = path
        self.version = version          # '3.12.1'
        self.minor = minor_of(version)  # '3.12'

    def __repr__(self):
        return f"Interpreter({self.path!r}, {self.version!r})"


def _pyenv_candidates(minor):
    root = Path(os.environ.get("PYENV_ROOT") or Path.home() / ".pyenv") / "versions"
    if not root.is_dir():
        return []
    found = [p for p in root.iterdir() if re.fullmatch(re.escape(minor) + r"\.\d+", p.name)]
    found.sort(key=lambda p: patch_tuple(p.name), reverse=True)
    return [str(p / "bin" / "python3") for p in found]


def _candidates(minor):
    if os.environ.get(env_name(minor)):  # an explicit choice is the only one
        return [os.environ[env_name(minor)]]
    out = []
    if minor_of(platform.python_version()) == minor:
        out.append(sys.executable)
    out += _pyenv_candidates(minor)
    on_path = shutil.which("python" + minor)
    if on_path:
        out.append(on_path)
    return out


def reported_version(path):
    """The version an interpreter reports, or None when it does not run."""
    try:
        r = subprocess.run([path, "-I", "-c", _PRINT_VERSION], capture_output=True, text=True,
                           timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return r.stdout.strip() if r.returncode == 0 else None


@functools.lru_cache(maxsize=None)
def interpreter_for(minor):
    """The Interpreter recording `minor` ('3.12'), or None when there is none here."""
    for path in _candidates(minor):
        if path == sys.executable:
            return Interpreter(path, platform.python_version())
        version = reported_version(path)
        if version and minor_of(version) == minor:
            return Interpreter(path, version)
    return None


def missing_message(minor):
    """Why `minor` is skipped, and how to get it."""
    return (f"CPython {minor} skipped: no interpreter found (install it with `pyenv install "
            f"{minor}`, put python{minor} on PATH, or set {env_name(minor)})")


def parse_requested(values):
    """The versions asked for with --python (default: all supported), checked."""
    if not values:
        return list(SUPPORTED)
    out = []
    for v in values:
        minor = minor_of(v)
        if minor not in SUPPORTED:
            raise ToolError(f"--python {v}: loopspec records CPython {', '.join(SUPPORTED)}")
        if minor not in out:
            out.append(minor)
    return sorted(out, key=patch_tuple)
