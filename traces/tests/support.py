"""Helpers shared by the traces/ unit tests."""
import json
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

TESTS_DIR = Path(__file__).resolve().parent
TRACES_DIR = TESTS_DIR.parent
FIXTURES = TESTS_DIR / "fixtures"
WRAPPER = TRACES_DIR / "loopspec-traces"
SCENARIOS = TRACES_DIR / "scenarios"

if str(TRACES_DIR) not in sys.path:
    sys.path.insert(0, str(TRACES_DIR))

DOC = '''"""A test scenario.

spec: https://docs.python.org/3.11/library/asyncio.html
features: tasks
"""
import asyncio
from loopspec import log
'''
DOC_LINES = DOC.count("\n")  # the first line after the header is DOC_LINES + 1


def scenario_text(body):
    """DOC followed by `body` (dedented); the body starts on line DOC_LINES + 1."""
    return DOC + textwrap.dedent(body).lstrip("\n")


def cli(*args, timeout=120, cwd=None, env=None):
    """Run the command line tool in a fresh interpreter: (returncode, stdout, stderr).

    `env` adds to (or, with None values, removes from) the inherited environment.
    """
    extra = env or {}
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update({k: v for k, v in extra.items() if v is not None})
    for k, v in extra.items():
        if v is None:
            env.pop(k, None)
    proc = subprocess.run([sys.executable, str(WRAPPER)] + [str(a) for a in args],
                          capture_output=True, text=True, timeout=timeout, env=env, cwd=cwd)
    return proc.returncode, proc.stdout, proc.stderr


class TempScenario:
    """A scenario file in a temporary directory `<tmp>/<area>/<name>.py`."""

    def __init__(self, text, area="probe", name="case"):
        self._dir = tempfile.TemporaryDirectory(prefix="loopspec-test-")
        self.root = Path(self._dir.name)
        self.path = self.root / area / f"{name}.py"
        self.path.parent.mkdir(parents=True)
        self.path.write_text(text, encoding="utf-8")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._dir.cleanup()


def run_trace(text, *extra, env=None, timeout=120):
    """(returncode, header, events, stderr) of `run` on scenario source `text`."""
    with TempScenario(text) as sc:
        rc, out, err = cli("run", sc.path, *extra, env=env, timeout=timeout)
    rows = [json.loads(l) for l in out.splitlines() if l.strip()]
    header = rows[0] if rows else None
    return rc, header, rows[1:], err
