"""version-changes: the scenarios each version step changes, checked against the goldens."""
import json
import tempfile
import unittest
from pathlib import Path

import support  # noqa: F401  (puts traces/ on sys.path)

from loopspec_traces import version_changes
from loopspec_traces.trace import golden_text

EVENTS = [{"t": 0.0, "line": 3, "log": ["a"]}, {"end": "returned", "value": None}]


def write_golden(golden_dir, sid, traces):
    path = Path(golden_dir) / (sid + ".json")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(golden_text({"scenario": sid, "loop": "virtual"}, {"id": sid}, traces))


class VersionChanges(unittest.TestCase):
    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="loopspec-versions-")
        root = Path(self._tmp.name)
        self.golden, self.lists = root / "golden", root / "versions"
        self.lists.mkdir()
        write_golden(self.golden, "a/same", {"3.11": EVENTS, "3.12": EVENTS, "3.13": EVENTS})
        write_golden(self.golden, "a/new_in_312", {"3.12": EVENTS[1:], "3.13": EVENTS[1:]})
        write_golden(self.golden, "a/changed", {"3.11": EVENTS, "3.12": EVENTS[1:], "3.13": EVENTS[1:]})
        self.doc = "### wait_for changed {#wait-for-changed}\n"

    def tearDown(self):
        self._tmp.cleanup()

    def test_equal_traces_share_one_entry(self):
        doc = json.loads((self.golden / "a" / "same.json").read_text())
        self.assertEqual([t["python"] for t in doc["traces"]], [["3.11", "3.12", "3.13"]])

    def test_only_recorded_and_unequal_versions_count(self):
        self.assertEqual(version_changes.changed(self.golden, "3.11", "3.12"), ["a/changed"])
        self.assertEqual(version_changes.changed(self.golden, "3.12", "3.13"), [])

    def test_unlisted_overlisted_and_undocumented_are_problems(self):
        found = version_changes.problems(self.golden, self.doc, self.lists)
        self.assertEqual(len(found), 1)
        self.assertIn("a/changed traces differently on 3.11 and 3.12", found[0])
        (self.lists / "3.12.txt").write_text("a/changed  wait-for-changed\n")
        (self.lists / "3.13.txt").write_text("a/same  no-such-section\n")
        found = version_changes.problems(self.golden, self.doc, self.lists)
        self.assertEqual(len(found), 2, found)
        self.assertIn("a/same no longer differs between 3.12 and 3.13", found[0])
        self.assertIn("cause 'no-such-section' has no section", found[1])

    def test_table_groups_by_cause(self):
        (self.lists / "3.12.txt").write_text("a/changed  wait-for-changed\n")
        text = version_changes.table(self.lists)
        self.assertIn("**3.11 → 3.12**: 1 scenarios trace differently.", text)
        self.assertIn("- [wait-for-changed](#wait-for-changed): `a/changed`", text)
        self.assertIn("**3.12 → 3.13**: 0 scenarios", text)


if __name__ == "__main__":
    unittest.main()
