"""regen and check on a small corpus in a temporary directory."""
import json
import shutil
import tempfile
import unittest
from pathlib import Path

from support import FIXTURES, SCENARIOS, cli, scenario_text

from loopspec_traces import versions

EXAMPLE = SCENARIOS / "gather" / "first_error_propagates.py"


class RegenCheck(unittest.TestCase):
    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="loopspec-regen-")
        root = Path(self._tmp.name)
        self.scenarios = root / "scenarios"
        self.golden = root / "golden"
        (self.scenarios / "gather").mkdir(parents=True)
        (self.scenarios / "loop").mkdir(parents=True)
        shutil.copy(EXAMPLE, self.scenarios / "gather" / "first_error_propagates.py")
        shutil.copy(FIXTURES / "callbacks.py", self.scenarios / "loop" / "callbacks.py")
        # One version keeps these tests quick; RegenVersions records several.
        self.args = ["--scenarios", self.scenarios, "--golden", self.golden, "--python", "3.11"]

    def tearDown(self):
        self._tmp.cleanup()

    def snapshot(self):
        return {p.relative_to(self.golden).as_posix(): p.read_bytes()
                for p in sorted(self.golden.rglob("*.json"))}

    def test_stable_and_checked(self):
        rc, out, err = cli("regen", *self.args)
        self.assertEqual(rc, 0, out + err)
        first = self.snapshot()
        self.assertEqual(sorted(first), ["gather/first_error_propagates.json", "loop/callbacks.json"])
        rc, out, err = cli("regen", "--jobs", "1", *self.args)
        self.assertEqual(rc, 0, err)
        self.assertEqual(self.snapshot(), first)
        self.assertIn("2 unchanged", out)

        doc = json.loads(first["gather/first_error_propagates.json"])
        self.assertEqual(doc["golden"], 2)
        self.assertEqual(doc["header"]["scenario"], "gather/first_error_propagates")
        self.assertRegex(doc["header"]["runtimes"]["3.11"], r"^CPython 3\.11\.\d+$")
        self.assertEqual(doc["ir"]["id"], "gather/first_error_propagates")
        self.assertEqual([t["python"] for t in doc["traces"]], [["3.11"]])
        self.assertEqual([e.get("t") for e in doc["traces"][0]["trace"]], [0.1, 0.1, 0.2, 0.6, None])
        text = first["gather/first_error_propagates.json"].decode()
        self.assertIn('\n   {"t": 0.2, "line": 14, "log": ["slow done", 1]},\n', text)

        rc, out, err = cli("check", *self.args)
        self.assertEqual(rc, 0, out + err)
        self.assertIn("2 equal", out)

    def test_outside_world_golden_must_repeat(self):
        # A signals scenario that logs its process id records a new trace in
        # every fresh process: regen refuses it, and writes no golden.
        (self.scenarios / "signals").mkdir()
        (self.scenarios / "signals" / "pid.py").write_text(
            '"""Logs its process id.\n\nspec: https://docs.python.org/3.11/library/os.html\n'
            'features: signals\n"""\nimport os\nfrom loopspec import log\n\n\n'
            'async def main():\n    log(os.getpid())\n')
        rc, out, err = cli("regen", *self.args)
        self.assertEqual(rc, 1, out + err)
        self.assertIn("signals/pid: recording 2 of 10 on CPython 3.11", err)
        self.assertNotIn("signals/pid.json", self.snapshot())

    def test_check_reports_differences(self):
        cli("regen", *self.args)
        path = self.golden / "gather" / "first_error_propagates.json"
        doc = json.loads(path.read_text())
        doc["traces"][0]["trace"][0]["t"] = 1  # an int where the run gives the float 0.1
        path.write_text(json.dumps(doc))
        rc, out, err = cli("check", *self.args)
        self.assertEqual(rc, 1)
        self.assertIn("DIFFERS gather/first_error_propagates\n  CPython 3.11:", out)
        self.assertIn('"t": 1,', out)

    def test_check_without_an_interpreter_is_skipped(self):
        cli("regen", *self.args)
        rc, out, err = cli("check", *self.args[:-1], "3.12",
                           env={"LOOPSPEC_CPYTHON_3_12": "/nonexistent/python3"})
        self.assertEqual(rc, 77, out + err)
        self.assertIn("CPython 3.12 skipped: no interpreter found", out)

    def test_unknown_version_is_a_usage_error(self):
        rc, out, err = cli("check", *self.args[:-1], "3.99")
        self.assertEqual(rc, 2)
        self.assertIn("--python 3.99: loopspec records CPython 3.11, 3.12, 3.13", err)

    def test_deleted_scenario_and_errors(self):
        cli("regen", *self.args)
        (self.scenarios / "loop" / "callbacks.py").unlink()
        rc, out, err = cli("check", *self.args)
        self.assertEqual(rc, 1)
        self.assertIn("has no scenario", out)
        rc, out, err = cli("regen", *self.args)
        self.assertEqual(rc, 0)
        self.assertEqual(sorted(self.snapshot()), ["gather/first_error_propagates.json"])

        bad = self.scenarios / "loop" / "bad.py"
        bad.write_text(scenario_text("async def main():\n    f = 2 ** 3\n"))
        rc, out, err = cli("regen", *self.args)
        self.assertEqual(rc, 1)
        self.assertIn(f"{bad}:9:9: ", err)

    def test_runaway_scenario_is_an_error_and_the_others_go_on(self):
        spin = self.scenarios / "loop" / "spin.py"
        spin.write_text(scenario_text("async def main():\n    while True:\n        pass\n"))
        for command in ("regen", "check"):
            rc, out, err = cli(command, "--jobs", "2", "--time-limit", "0.3", *self.args,
                               timeout=60)
            self.assertEqual(rc, 1, out + err)
            self.assertIn(f"{spin}:9: the scenario ran for more than 0.3 s of wall time", err)
            self.assertIn("1 errors", out)
        self.assertEqual(sorted(self.snapshot()),
                         ["gather/first_error_propagates.json", "loop/callbacks.json"])
        self.assertIn("2 equal", out)

    def test_newer_python_is_skipped(self):
        (self.scenarios / "loop" / "future.py").write_text(scenario_text(
            "async def main():\n    pass\n").replace("features: tasks", "features: tasks\npython: 3.99"))
        rc, out, err = cli("regen", *self.args)
        self.assertEqual(rc, 0, err)
        self.assertIn("skipped loop/future", out)
        rc, out, err = cli("check", *self.args)
        self.assertEqual(rc, 0, out + err)
        self.assertIn("1 skipped", out)


class RegenVersions(unittest.TestCase):
    """One trace per CPython version, stored once when versions agree."""

    def setUp(self):
        for minor in ("3.11", "3.12"):
            if versions.interpreter_for(minor) is None:
                self.skipTest(versions.missing_message(minor))
        self._tmp = tempfile.TemporaryDirectory(prefix="loopspec-versions-")
        root = Path(self._tmp.name)
        self.scenarios = root / "scenarios"
        self.golden = root / "golden"
        (self.scenarios / "loop").mkdir(parents=True)
        shutil.copy(FIXTURES / "callbacks.py", self.scenarios / "loop" / "callbacks.py")
        self.args = ["--scenarios", self.scenarios, "--golden", self.golden]
        self.path = self.golden / "loop" / "callbacks.json"

    def tearDown(self):
        self._tmp.cleanup()

    def test_equal_traces_share_an_entry_and_unrun_versions_are_kept(self):
        rc, out, err = cli("regen", *self.args, "--python", "3.11", "--python", "3.12")
        self.assertEqual(rc, 0, out + err)
        doc = json.loads(self.path.read_text())
        self.assertEqual([t["python"] for t in doc["traces"]], [["3.11", "3.12"]])
        self.assertEqual(sorted(doc["header"]["runtimes"]), ["3.11", "3.12"])
        before = self.path.read_text()
        rc, out, err = cli("regen", *self.args, "--python", "3.11")
        self.assertEqual(rc, 0, out + err)
        self.assertEqual(self.path.read_text(), before)  # 3.12's trace kept, not dropped

    def test_a_version_that_differs_gets_its_own_entry_and_check_names_it(self):
        cli("regen", *self.args, "--python", "3.11", "--python", "3.12")
        doc = json.loads(self.path.read_text())
        events = doc["traces"][0]["trace"]
        doc["traces"] = [{"python": ["3.11"], "trace": events},
                         {"python": ["3.12"], "trace": events[1:]}]
        self.path.write_text(json.dumps(doc))
        rc, out, err = cli("check", *self.args, "--python", "3.11", "--python", "3.12")
        self.assertEqual(rc, 1, out + err)
        self.assertIn("DIFFERS loop/callbacks\n  CPython 3.12:", out)
        self.assertNotIn("CPython 3.11:", out)


if __name__ == "__main__":
    unittest.main()
