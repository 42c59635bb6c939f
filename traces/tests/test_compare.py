"""compare-loop: classification, verdicts and the JSON the report's columns read."""
import json
import tempfile
import unittest
from pathlib import Path

from support import cli

from loopspec_traces import loops, open_orders
from loopspec_traces.compare import classify, first_difference, strip_times, verdict
from loopspec_traces.diagnostics import ToolError
from loopspec_traces.paths import GOLDEN_DIR

EVENTS = [{"t": 0.0, "line": 1, "log": ["x", 0.1]}, {"t": 0.5, "line": 2, "log": ["y"]},
          {"end": "returned", "value": None}]


class Classify(unittest.TestCase):
    def test_classes(self):
        a = strip_times(EVENTS)
        self.assertEqual(classify(a, a)[0], "same")
        b = [{"line": 1, "log": ["x", 1234.5]}, a[1], a[2]]
        self.assertEqual(classify(a, b)[0], "times")
        c = [a[1], a[0], a[2]]
        self.assertEqual(classify(a, c), ("order", "first difference at event 1"))
        d = [a[0], {"end": "raised", "exc": {"exc": "KeyError", "args": []}}]
        self.assertEqual(classify(a, d)[0], "content")

    def test_event_times_count_when_kept(self):
        later = [dict(EVENTS[0]), dict(EVENTS[1], t=0.6), EVENTS[2]]
        self.assertEqual(classify(EVENTS, later), ("times", "only event times differ"))

    def test_strip_times(self):
        self.assertEqual(strip_times([{"t": 0.1, "line": 3, "log": []}, {"end": "blocked"}]),
                         [{"line": 3, "log": []}, {"end": "blocked"}])

    def test_first_difference_names_both_sides(self):
        text = first_difference(EVENTS, EVENTS[:2])
        self.assertTrue(text.startswith("event 3:"))
        self.assertIn("(trace ended)", text)
        self.assertEqual(first_difference(EVENTS, EVENTS), "")


class Verdicts(unittest.TestCase):
    def test_exact_rule_fails_on_times_order_rule_does_not(self):
        self.assertEqual(verdict("times", "exact", listed=False), "fail")
        self.assertEqual(verdict("times", "order", listed=False), "pass")

    def test_list_turns_divergence_into_xfail_and_agreement_into_xpass(self):
        self.assertEqual(verdict("order", "order", listed=True), "xfail")
        self.assertEqual(verdict("error", "order", listed=True), "xfail")
        self.assertEqual(verdict("same", "exact", listed=True), "xpass")
        self.assertEqual(verdict("content", "exact", listed=False), "fail")
        self.assertEqual(verdict("skipped", "exact", listed=True), "skipped")


class Lookup(unittest.TestCase):
    def test_known_loops_and_clocks(self):
        self.assertEqual(loops.lookup("virtual"), loops.KNOWN["asyncio"])
        self.assertEqual(loops.lookup("asyncio").header_name, "virtual")
        self.assertEqual(loops.lookup("nest_asyncio").clock, "virtual")
        self.assertEqual(loops.lookup("gbulb").clock, "real")

    def test_module_factory(self):
        loop = loops.lookup("winloop:new_event_loop")
        self.assertEqual((loop.module, loop.factory, loop.clock), ("winloop", "new_event_loop", "real"))
        self.assertEqual(loop.list_name, "winloop-new_event_loop")

    def test_bad_names(self):
        for name in ("nope", "mod:", ":f", "a b:c", "mod:not-an-identifier"):
            with self.subTest(name), self.assertRaises(ToolError):
                loops.lookup(name)


class CompareLoopCommand(unittest.TestCase):
    def run_compare(self, *args, env=None):
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "out.json"
            rc, stdout, err = cli("compare-loop", "--json", str(out), *args, env=env)
            doc = json.loads(out.read_text()) if out.exists() else None
        return rc, stdout, err, doc

    def test_asyncio_column_agrees_with_its_goldens(self):
        rc, out, err, doc = self.run_compare("--loop", "asyncio", "gather/first_error_propagates")
        self.assertEqual(rc, 0, err)
        self.assertEqual((doc["clock"], doc["rule"], doc["baseline"]), ("virtual", "exact", "golden"))
        self.assertEqual([(r["scenario"], r["verdict"]) for r in doc["scenarios"]],
                         [("gather/first_error_propagates", "pass")])

    def test_a_loop_under_the_goldens_release_is_compared_with_the_goldens(self):
        # asyncio-pure runs under the interpreter that made the goldens.
        rc, out, err, doc = self.run_compare("--loop", "asyncio-pure", "gather/first_error_propagates")
        self.assertEqual(rc, 0, err)
        self.assertEqual(doc["baseline"], "golden")

    def test_listed_scenario_that_agrees_is_xpass(self):
        with tempfile.TemporaryDirectory() as tmp:
            listing = Path(tmp) / "list.txt"
            listing.write_text("gather/first_error_propagates  made-up-cause\n")
            rc, out, err, doc = self.run_compare("--loop", "asyncio", "--expected", str(listing),
                                                 "gather/first_error_propagates")
        self.assertEqual(rc, 1)
        self.assertIn("XPASS", out)
        self.assertEqual(doc["scenarios"][0]["cause"], "made-up-cause")

    SWAPPED = "timer_ties/two_tasks_sleep_same_delay"

    def swapped_golden(self, tmp):
        """A golden dir in `tmp` whose SWAPPED scenario has its tied wake-ups
        swapped, so asyncio's own order is not the baseline's yet is permitted;
        returns it and {version: (swapped trace, original trace)}."""
        golden = json.loads((GOLDEN_DIR / (self.SWAPPED + ".json")).read_text())
        original = {v: list(t["trace"]) for t in golden["traces"] for v in t["python"]}
        for t in golden["traces"]:
            t["trace"][0], t["trace"][1] = t["trace"][1], t["trace"][0]
        root = Path(tmp) / "golden"
        (root / "timer_ties").mkdir(parents=True)
        (root / (self.SWAPPED + ".json")).write_text(json.dumps(golden))
        return root, {v: (t["trace"], original[v]) for t in golden["traces"] for v in t["python"]}

    def test_a_trace_the_open_orders_permit_passes(self):
        with tempfile.TemporaryDirectory() as tmp:
            root, traces = self.swapped_golden(tmp)
            permitted = Path(tmp) / "permitted.json"
            permitted.write_text(json.dumps({self.SWAPPED: {v: list(pair) for v, pair in traces.items()}}))
            base = ("--loop", "asyncio", "--golden", str(root), self.SWAPPED)
            rc, out, err, without = self.run_compare(*base, env={"LOOPSPEC_BIN": "/nonexistent/loopspec"})
            self.assertEqual((rc, without["scenarios"][0]["status"]), (1, "order"), err)
            rc, out, err, doc = self.run_compare("--permitted", str(permitted), *base)
        self.assertEqual(rc, 0, err)
        row = doc["scenarios"][0]
        self.assertEqual((row["status"], row["verdict"]), ("permitted", "pass"))
        self.assertIn("permitted trace 2 of the 2", row["detail"])

    def test_without_permitted_traces_a_build_supplies_them(self):
        # No --permitted: this tree's `loopspec orders` is asked.
        if open_orders.loopspec_binary() is None:
            self.skipTest("no loopspec build in this tree (set LOOPSPEC_BIN)")
        with tempfile.TemporaryDirectory() as tmp:
            root, _ = self.swapped_golden(tmp)
            rc, out, err, doc = self.run_compare("--loop", "asyncio", "--golden", str(root), self.SWAPPED)
        self.assertEqual((rc, doc["scenarios"][0]["status"]), (0, "permitted"), err)

    def test_unreadable_permitted_traces_name_the_file(self):
        with tempfile.TemporaryDirectory() as tmp:
            bad = Path(tmp) / "permitted.json"
            bad.write_text("[1, 2]")
            rc, out, err, doc = self.run_compare("--loop", "asyncio", "--permitted", str(bad),
                                                 "gather/first_error_propagates")
        self.assertEqual(rc, 2)
        self.assertIn("permitted.json: not the permitted traces", err)

    def test_unavailable_loop_is_skipped_with_the_package(self):
        rc, out, err, doc = self.run_compare("--loop", "no_such_loop_module:make")
        self.assertEqual(rc, 77)
        self.assertIn("no_such_loop_module", doc["unavailable"])
        self.assertEqual(doc["scenarios"], [])

    def test_bad_list_names_its_line(self):
        with tempfile.TemporaryDirectory() as tmp:
            listing = Path(tmp) / "list.txt"
            listing.write_text("# fine\ngather/first_error_propagates\n")
            rc, out, err, doc = self.run_compare("--loop", "asyncio", "--expected", str(listing))
        self.assertEqual(rc, 2)
        self.assertIn("list.txt:2:", err)


if __name__ == "__main__":
    unittest.main()
