"""decompile: compile(decompile(ir)) == ir for every scenario and every golden's
stored IR, line numbers included."""
import json
import tempfile
import unittest
from pathlib import Path

from support import FIXTURES, SCENARIOS, cli

from loopspec_traces import ir as irmod
from loopspec_traces import paths
from loopspec_traces.compiler import compile_file, compile_source
from loopspec_traces.decompiler import decompile
from loopspec_traces.diagnostics import ScenarioErrors


def roundtrip_ir(test, ir, where):
    """Decompiles `ir` and asserts that the source compiles back to `ir` exactly."""
    source, warnings = decompile(ir)
    test.assertEqual(warnings, [], f"{where}: layout warnings")
    try:
        again = compile_source(source, f"{where} (decompiled)", ir["id"])
    except ScenarioErrors as e:
        test.fail(f"{where}: the decompiled source does not compile: {e}\n{source}")
    if again != ir:
        test.fail(f"{where}: the decompiled source compiles to a different IR:\n{source}")
    return source


def roundtrip(test, path, sid):
    try:
        ir = compile_file(path, sid)
    except ScenarioErrors as e:
        test.skipTest(f"does not compile (reported by regen): {e}")
    return roundtrip_ir(test, ir, path)


class Roundtrip(unittest.TestCase):
    def test_corpus(self):
        files = paths.discover(SCENARIOS)
        if not files:
            self.skipTest("traces/scenarios/ is empty")
        for path in files:
            with self.subTest(scenario=str(path.relative_to(SCENARIOS))):
                roundtrip(self, path, paths.scenario_id(path, SCENARIOS))

    def test_goldens(self):
        """Issue 11: every golden's stored IR, not only what the scenarios compile to now."""
        goldens = sorted(paths.GOLDEN_DIR.glob("*/*.json"))
        if not goldens:
            self.skipTest("traces/golden/ is empty")
        for path in goldens:
            name = str(path.relative_to(paths.GOLDEN_DIR))
            with self.subTest(golden=name):
                roundtrip_ir(self, irmod.load(path), f"golden {name}")

    def test_fixtures(self):
        for path in sorted(FIXTURES.glob("*.py")):
            with self.subTest(fixture=path.name):
                roundtrip(self, path, f"fixtures/{path.stem}")

    def test_layout_is_kept(self):
        source = roundtrip(self, FIXTURES / "layout_torture.py", "fixtures/layout_torture")
        lines = source.splitlines()
        self.assertTrue(lines[0].startswith('"""A fixture'))
        self.assertIn("a = 1; b = 2", lines[17])
        self.assertTrue(lines[18].lstrip().startswith("if a < b: log("))

    def test_compact_docstring_when_space_is_short(self):
        text = ('"""Summary.\n\nspec: https://example.org\nfeatures: tasks"""; import asyncio\n'
                'async def main():\n    await asyncio.sleep(0)\n')
        ir = compile_source(text, "c.py", "x/c")
        self.assertEqual(ir["functions"][0]["line"], 5)
        source, warnings = decompile(ir)
        self.assertEqual(warnings, [])
        self.assertEqual(compile_source(source, "c2.py", "x/c"), ir)

    def test_impossible_layout_warns_but_gives_valid_source(self):
        ir = compile_file(FIXTURES / "callbacks.py", "fixtures/callbacks")
        for fn in ir["functions"]:
            fn["line"] = 1
        source, warnings = decompile(ir)
        self.assertTrue(warnings)
        compile(source, "x.py", "exec")

    def test_cli_reads_ir_and_golden_files(self):
        with tempfile.TemporaryDirectory() as tmp:
            ir_file = Path(tmp) / "ir.json"
            rc, out, err = cli("compile", FIXTURES / "callbacks.py", "-o", ir_file)
            self.assertEqual(rc, 0, err)
            rc, out, err = cli("decompile", ir_file)
            self.assertEqual(rc, 0, err)
            ir = json.loads(ir_file.read_text())
            self.assertEqual(compile_source(out, "d.py", ir["id"]), ir)
            golden = Path(tmp) / "g.json"
            golden.write_text(json.dumps({"golden": 1, "header": {}, "ir": ir, "trace": []}))
            rc, out2, err = cli("decompile", golden)
            self.assertEqual(out2, out)
            bad = Path(tmp) / "bad.json"
            bad.write_text(json.dumps({"ir": 1, "meta": {}, "entry": "main", "functions": []}))
            rc, out, err = cli("decompile", bad)
            self.assertNotEqual(rc, 0)
            self.assertIn("IR version 1", err)
            self.assertIn("loopspec-traces compile", err)
            self.assertNotIn("Traceback", err)


if __name__ == "__main__":
    unittest.main()
