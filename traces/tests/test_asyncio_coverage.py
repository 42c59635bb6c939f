"""`loopspec-traces coverage`: which lines count, the exclusions, and the freshness check."""
import io
import json
import shutil
import tempfile
import textwrap
import unittest
from pathlib import Path

from support import FIXTURES, SCENARIOS

from loopspec_traces import asyncio_coverage as cov
from loopspec_traces import versions
from loopspec_traces.compiler import compile_file
from loopspec_traces.diagnostics import ToolError

SOURCE = textwrap.dedent('''\
    import os
    X = 1

    def top(a):
        b = a + 1
        return b

    class K:
        y = 2

        @staticmethod
        def m():
            f = lambda: 3
            return f()

        def n(self):
            def inner():
                return 4
            return inner()
    ''')


class FunctionLines(unittest.TestCase):
    def test_only_function_bodies_count(self):
        lines = cov.function_lines(SOURCE, "mod.py")
        self.assertEqual(set(lines), {"top", "K.m", "K.m.<locals>.<lambda>", "K.n",
                                      "K.n.<locals>.inner"})
        self.assertEqual(lines["top"], (4, [5, 6]))       # not the def line
        self.assertEqual(lines["K.m"][0], 11)             # first line: the decorator
        self.assertNotIn(11, lines["K.m"][1])
        self.assertNotIn(12, lines["K.m"][1])             # nor the def under it
        self.assertEqual(lines["K.n"][1], [17, 19])       # the inner def runs in n's body
        self.assertEqual(lines["K.n.<locals>.inner"][1], [18])
        every = {x for _f, ls in lines.values() for x in ls}
        self.assertFalse(every & {1, 2, 8, 9})            # module and class bodies


class Exclusions(unittest.TestCase):
    def write(self, text):
        tmp = tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False)
        tmp.write(textwrap.dedent(text))
        tmp.close()
        self.addCleanup(Path(tmp.name).unlink)
        return tmp.name

    def test_groups_and_targets(self):
        path = self.write("""\
            # header comment, then a blank line

            # why these
            mod: K.n
            mod: 5-5
            # why the other
            other: *
            """)
        excl = cov.read_exclusions(path)
        self.assertEqual([(m, t) for _r, m, t in excl], [("mod", "K.n"), ("mod", "5-5"),
                                                          ("other", "*")])
        self.assertEqual(excl[0][0], "why these")
        functions = cov.function_lines(SOURCE, "mod.py")
        self.assertEqual(cov.excluded_lines("mod", functions, excl), {5, 17, 18, 19})
        self.assertEqual(len(cov.excluded_lines("other", functions, excl)), 7)

    def test_a_group_needs_a_reason(self):
        with self.assertRaises(ToolError):
            cov.read_exclusions(self.write("mod: top\n"))
        with self.assertRaises(ToolError):
            cov.read_exclusions(self.write("# reason\nmod top\n"))

    def test_project_file_reads(self):
        reasons = {r for r, _m, _t in cov.read_exclusions()}
        self.assertTrue(reasons and all(reasons))


class RealTable(unittest.TestCase):
    def test_digest_of_docs_coverage_md_is_current(self):
        text = cov.DOC.read_text(encoding="utf-8")
        recorded = dict(cov.RUNTIME_RE.findall(text))
        self.assertEqual(set(recorded), set(versions.SUPPORTED))
        self.assertEqual(cov.DIGEST_RE.search(text).group(1), cov.digest(recorded),
                         "docs/coverage.md is stale: run `traces/loopspec-traces coverage --write`")


class Freshness(unittest.TestCase):
    """check() on a small corpus in a temporary directory: fresh passes, each kind of stale fails."""

    def setUp(self):
        self.interp = versions.interpreter_for("3.11")
        if self.interp is None:
            self.skipTest(versions.missing_message("3.11"))
        self._tmp = tempfile.TemporaryDirectory(prefix="loopspec-coverage-")
        root = Path(self._tmp.name)
        self.scenarios, self.golden = root / "scenarios", root / "golden"
        self.add("gather", SCENARIOS / "gather" / "first_error_propagates.py")
        self.exclusions = root / "exclusions.txt"
        shutil.copy(cov.EXCLUSIONS, self.exclusions)
        self.doc = root / "coverage.md"
        self.doc.write_text(self.generated(), encoding="utf-8")

    def tearDown(self):
        self._tmp.cleanup()

    def add(self, area, source):
        """A scenario and a golden holding its IR (all the digest reads)."""
        (self.scenarios / area).mkdir(parents=True, exist_ok=True)
        (self.golden / area).mkdir(parents=True, exist_ok=True)
        target = self.scenarios / area / Path(source).name
        shutil.copy(source, target)
        sid = f"{area}/{target.stem}"
        (self.golden / area / (target.stem + ".json")).write_text(
            json.dumps({"ir": compile_file(target, sid)}), encoding="utf-8")

    def generated(self, version=None):
        corpus = cov._corpus(self.scenarios)
        doc = cov.measure(self.interp, corpus)
        if version:
            doc["version"] = version
        excl = cov.read_exclusions(self.exclusions)
        body = cov.render({"3.11": doc}, excl,
                          cov.digest({"3.11": doc["version"]}, self.golden, self.exclusions))
        return f"# t\n\n{cov.START}\n{body}{cov.END}\n"

    def check(self):
        out = io.StringIO()
        rc = cov.check(self.doc, self.golden, self.exclusions, out, scenarios_dir=self.scenarios)
        return rc, out.getvalue()

    def test_fresh_passes(self):
        rc, out = self.check()
        self.assertEqual(rc, 0, out)
        self.assertIn("1 version(s) rerun", out)
        self.assertIn("| tasks |", self.doc.read_text(encoding="utf-8"))

    def test_changed_figures_fail(self):
        text = self.doc.read_text(encoding="utf-8")
        row = next(line for line in text.splitlines() if line.startswith("| tasks |"))
        self.doc.write_text(text.replace(row, "| tasks | 1 / 2 | 50.0% | 0 |"), encoding="utf-8")
        rc, out = self.check()
        self.assertEqual(rc, 1)
        self.assertIn("CPython 3.11's figures differ", out)
        self.assertIn("coverage --write", out)

    def test_new_scenario_fails_without_running(self):
        self.add("loop", FIXTURES / "callbacks.py")
        rc, out = self.check()
        self.assertEqual(rc, 1)
        self.assertIn("the corpus or the exclusions changed", out)

    def test_edited_exclusions_fail(self):
        with open(self.exclusions, "a", encoding="utf-8") as f:
            f.write("\n# a new reason\ntasks: sleep\n")
        rc, out = self.check()
        self.assertEqual(rc, 1)

    def test_missing_markers_fail(self):
        self.doc.write_text("# no table\n", encoding="utf-8")
        self.assertEqual(self.check()[0], 1)

    def test_another_release_is_skipped(self):
        self.doc.write_text(self.generated(version="3.11.99"), encoding="utf-8")
        rc, out = self.check()
        self.assertEqual(rc, 77, out)
        self.assertIn("measured on 3.11.99", out)


if __name__ == "__main__":
    unittest.main()
