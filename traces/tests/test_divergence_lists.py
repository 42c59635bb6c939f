"""Every known-divergence list (traces/loops/*.txt) agrees with the corpus and its loop's page.

compare-loop reads only the list of the loop it runs, checks its ids then,
and never opens docs/loops/<loop>.md, and a real-time loop takes minutes to
compare. So a scenario renamed or removed, a label misspelt in the list, or a
section renamed in the page would go unnoticed until someone runs that loop.
These tests read every list, whichever loop it is for, in well under a
second.
"""
import re
import tempfile
import unittest
from collections import Counter
from pathlib import Path

import support  # noqa: F401  (puts traces/ on sys.path)

from loopspec_traces import divergence_list, loops, paths
from loopspec_traces.diagnostics import ToolError


def lists():
    """{list path: {scenario id: label}} of every list in traces/loops."""
    return {p: divergence_list.load(p) for p in sorted(divergence_list.LISTS_DIR.glob("*.txt"))}


def doc_for(list_path):
    return divergence_list.DOCS_DIR / (list_path.stem + ".md")


class DivergenceLists(unittest.TestCase):
    longMessage = False  # each message names the file and the line's content; the sets would bury it

    def setUp(self):
        try:
            self.lists = lists()
        except ToolError as e:  # load() names the file and line
            self.fail(f"a known-divergence list does not parse: {e}")

    def test_lists_are_found(self):
        # Without this, a moved directory would make every test below pass vacuously.
        self.assertTrue(self.lists, f"no *.txt in {divergence_list.LISTS_DIR}")

    def test_each_list_names_a_loop(self):
        # compare-loop finds a list by the loop's name (loops.PythonLoop.list_name):
        # a list under any other name is never read.
        for path in self.lists:
            with self.subTest(list=path.name):
                known = {loop.list_name for loop in loops.KNOWN.values()}
                # A MODULE:FACTORY loop's list is MODULE-FACTORY.txt.
                module, _, factory = path.stem.rpartition("-")
                user = bool(module) and factory.isidentifier() and all(
                    part.isidentifier() for part in module.split("."))
                self.assertTrue(path.stem in known or user,
                                f"{path}: no loop's list has this name (known loops: "
                                f"{', '.join(sorted(known))}, or MODULE-FACTORY)")

    def test_listed_scenarios_exist(self):
        ids = {paths.scenario_id(f) for f in paths.discover()}
        for path, causes in self.lists.items():
            for sid in causes:
                with self.subTest(list=path.name, scenario=sid):
                    self.assertTrue(sid in ids, f"{path}: {sid} is not a scenario in {paths.SCENARIOS_DIR}")

    def test_labels_have_a_section_in_the_loops_doc(self):
        for path, causes in self.lists.items():
            doc = doc_for(path)
            with self.subTest(list=path.name):
                self.assertTrue(doc.is_file(), f"{path}: its causes need a page, {doc}")
                defined = divergence_list.doc_labels(doc)
                for sid, label in causes.items():
                    with self.subTest(scenario=sid):
                        self.assertTrue(label in defined,
                                        f"{path}: {sid}: label {label!r} is not a section of {doc} "
                                        f"(a heading ending in {{#{label}}} or <a id=\"{label}\"></a>)")

    def test_no_label_is_defined_twice(self):
        # doc_labels returns a set: two sections with one anchor would both pass
        # the test above while links reach only the first.
        for path in self.lists:
            doc = doc_for(path)
            if not doc.is_file():
                continue  # reported by test_labels_have_a_section_in_the_loops_doc
            # The anchors as divergence_list reads them, counted rather than collected.
            text = doc.read_text(encoding="utf-8")
            found = [a or b for a, b in divergence_list._ANCHOR.findall(text)]
            twice = sorted(label for label, n in Counter(found).items() if n > 1)
            self.assertEqual(twice, [], f"{doc}: anchors defined more than once")


class Reading(unittest.TestCase):
    """The two formats as these tests rely on them (divergence_list's docstring)."""

    def test_list_lines(self):
        with tempfile.TemporaryDirectory(prefix="loopspec-test-") as d:
            path = Path(d) / "someloop.txt"
            path.write_text("# header\n\ncall_soon/a  first-cause  # a second cause\n"
                            "   tasks/b\tother\n", encoding="utf-8")
            self.assertEqual(divergence_list.load(path), {"call_soon/a": "first-cause",
                                                          "tasks/b": "other"})
            path.write_text("call_soon/a first-cause\ncall_soon/a other\n", encoding="utf-8")
            with self.assertRaisesRegex(ToolError, re.escape(f"{path}:2: call_soon/a is listed twice")):
                divergence_list.load(path)

    def test_doc_anchors(self):
        with tempfile.TemporaryDirectory(prefix="loopspec-test-") as d:
            doc = Path(d) / "someloop.md"
            doc.write_text("# Loop\n\n### A rule {#a-rule}\n\n<a id=\"b-rule\"></a>\n### B\n\n"
                           "## Unstable scenarios\n\nsee #c-rule\n", encoding="utf-8")
            self.assertEqual(divergence_list.doc_labels(doc), {"a-rule", "b-rule"})


if __name__ == "__main__":
    unittest.main()
