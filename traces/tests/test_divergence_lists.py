"""Every known-divergence list (traces/loops/*.txt) agrees with the corpus and its loop's page.

compare-loop reads only the list of the loop it runs, checks its ids then,
and never opens docs/loops/<loop>.md, and a real-time loop takes minutes to
compare. So a scenario renamed or removed, a label misspelt in the list, or a
section renamed in the page would go unnoticed until someone runs that loop.
These tests read every list, whichever loop it is for, in well under a
second.

divergence_list.load must also name file and line for every malformed line,
since that is all the author of a list sees.
"""
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


class Load(unittest.TestCase):
    def write(self, text):
        d = tempfile.TemporaryDirectory(prefix="loopspec-test-")
        self.addCleanup(d.cleanup)
        path = Path(d.name) / "someloop.txt"
        path.write_text(text, encoding="utf-8")
        return path

    def assertRejectedAt(self, text, line, words):
        path = self.write(text)
        with self.assertRaises(ToolError) as cm:
            divergence_list.load(path)
        message = str(cm.exception)
        self.assertTrue(message.startswith(f"{path}:{line}: "), message)
        self.assertIn(words, message)

    def test_comments_and_blank_lines(self):
        path = self.write("# a comment\n\n  futures/x   some-cause   # why\ntasks/y cause-2\n")
        self.assertEqual(divergence_list.load(path), {"futures/x": "some-cause", "tasks/y": "cause-2"})

    def test_missing_label(self):
        self.assertRejectedAt("# header\nfutures/x\n", 2, "want `<area>/<scenario> <cause-label>`")

    def test_extra_field(self):
        self.assertRejectedAt("futures/x cause other\n", 1, "want `<area>/<scenario> <cause-label>`")

    def test_id_without_area(self):
        self.assertRejectedAt("\n\nx cause\n", 3, "want `<area>/<scenario> <cause-label>`")

    def test_bad_label(self):
        self.assertRejectedAt("futures/x Cause_A\n", 1, "cause label 'Cause_A'")

    def test_listed_twice(self):
        self.assertRejectedAt("futures/x a\n# again\nfutures/x b\n", 3, "futures/x is listed twice")

    def test_unreadable(self):
        missing = Path(tempfile.gettempdir()) / "loopspec-no-such-list.txt"
        with self.assertRaises(ToolError) as cm:
            divergence_list.load(missing)
        self.assertTrue(str(cm.exception).startswith(f"{missing}: "), str(cm.exception))


class DocLabels(unittest.TestCase):
    def test_both_anchor_forms(self):
        with tempfile.TemporaryDirectory(prefix="loopspec-test-") as d:
            doc = Path(d) / "someloop.md"
            doc.write_text("# Loop\n\n## A cause {#first-cause}\n\n<a id=\"second-cause\"></a>\n"
                           "## Another\n\n## Not an anchor #third\n", encoding="utf-8")
            self.assertEqual(divergence_list.doc_labels(doc), {"first-cause", "second-cause"})


if __name__ == "__main__":
    unittest.main()
