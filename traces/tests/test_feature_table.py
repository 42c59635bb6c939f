"""The README's feature table (coverage.table): per implementation, pass, expected failures and unsupported."""
import json
import tempfile
import unittest
from pathlib import Path

import support  # noqa: F401  (puts loopspec_traces on sys.path)

from loopspec_traces import coverage


def _golden(dir_, sid, features, attr):
    path = Path(dir_) / (sid + ".json")
    path.parent.mkdir(parents=True, exist_ok=True)
    call = {"kind": "attr", "value": {"kind": "name", "id": "asyncio"}, "attr": attr}
    path.write_text(json.dumps({"header": {"scenario": sid},
                                "ir": {"meta": {"features": features}, "functions": [{"body": [call]}]}}))


def _impl(dir_, name, cmake, expected_failures=""):
    path = Path(dir_) / name
    path.mkdir(parents=True)
    (path / "CMakeLists.txt").write_text(cmake)
    if expected_failures:
        (path / "expected-failures.txt").write_text(expected_failures)


class Table(unittest.TestCase):
    def row(self, text, name):
        return next(line for line in text.splitlines() if line.startswith("| " + name))

    def test_cells_count_passes_expected_failures_and_unsupported(self):
        with tempfile.TemporaryDirectory() as tmp:
            golden, impls = Path(tmp) / "golden", Path(tmp) / "impls"
            _golden(golden, "subprocess/a", ["subprocess"], "create_subprocess_exec")
            _golden(golden, "subprocess/b", ["subprocess"], "create_subprocess_shell")
            _golden(golden, "gather/c", ["gather"], "gather")
            _golden(golden, "gather/d", ["gather"], "gather")
            _impl(impls, "full", "loopspec_add_impl(NAME full TARGET t FACTORY f HEADER h.hpp)\n",
                  "gather/d  why it fails\n")
            _impl(impls, "partial", "loopspec_add_impl(NAME partial TARGET t FACTORY f HEADER h.hpp\n"
                                    "  # not yet\n  WITHOUT subprocess\n  PYTHON_VERSIONS 3.11)\n")
            text = coverage.table(golden, impls)
        self.assertEqual(self.row(text, "Subprocesses"),
                         "| Subprocesses (create_subprocess_exec/_shell, subprocess_exec/_shell) | 2 "
                         "| all pass | 0 pass, 2 unsupported |")
        self.assertEqual(self.row(text, "gather"), "| gather | 2 | 1 pass, 1 expected failures | all pass |")

    def test_an_attribute_named_partial_is_not_functools_partial(self):
        partial = {"kind": "attr", "value": {"kind": "name", "id": "functools"}, "attr": "partial"}
        incomplete = {"kind": "attr", "value": {"kind": "name", "id": "e"}, "attr": "partial"}
        used, other = set(), set()
        coverage._constructs_used(partial, used)
        coverage._constructs_used(incomplete, other)
        self.assertIn("functools.partial", used)
        self.assertNotIn("functools.partial", other)


if __name__ == "__main__":
    unittest.main()
