#!/usr/bin/env python3
"""check_layers.py finds an upward include, a cycle and a file outside the layers."""
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent / "check_layers.py"


def run_on(files):
    with tempfile.TemporaryDirectory() as d:
        for rel, text in files.items():
            p = Path(d) / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(text)
        r = subprocess.run([sys.executable, str(SCRIPT), d], capture_output=True, text=True)
        return r.returncode, r.stdout


class CheckLayers(unittest.TestCase):
    def test_downward_includes_pass(self):
        rc, out = run_on({"common/a.hpp": "", "ir/b.hpp": '#include "common/a.hpp"\n'})
        self.assertEqual(rc, 0, out)

    def test_an_upward_include_fails_naming_file_and_line(self):
        rc, out = run_on({"ir/b.cpp": '// x\n#include "interp/c.hpp"\n', "interp/c.hpp": ""})
        self.assertEqual(rc, 1)
        self.assertIn("ir/b.cpp:2: layer 'ir' includes \"interp/c.hpp\"", out)

    def test_a_cycle_fails(self):
        rc, out = run_on({"ir/a.hpp": '#include "ir/b.hpp"\n', "ir/b.hpp": '#include "ir/a.hpp"\n'})
        self.assertEqual(rc, 1)
        self.assertIn("include cycle: ir/a.hpp -> ir/b.hpp -> ir/a.hpp", out)

    def test_a_file_outside_the_layers_fails(self):
        rc, out = run_on({"misc/x.cpp": ""})
        self.assertEqual(rc, 1)
        self.assertIn("not in a layer folder", out)


if __name__ == "__main__":
    unittest.main()
