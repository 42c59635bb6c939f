"""The known-divergence lists (traces/loops/*.txt) stay honest.

For every list, whichever loop it is for: it parses, each cause label it uses
is defined in docs/loops/<loop>.md, and each scenario it names is in the
corpus. compare-loop checks the ids only for the loop it runs and never reads
the docs, so a renamed scenario or a misspelt label would otherwise go
unnoticed until someone runs that loop. divergence_list.load must also name
file and line for every malformed line, since that is all the author sees.
"""
import tempfile
import unittest
from pathlib import Path

import support  # noqa: F401  (puts traces/ on sys.path)

from loopspec_traces import divergence_list, paths
from loopspec_traces.diagnostics import ToolError


def list_files():
    return sorted(divergence_list.LISTS_DIR.glob("*.txt"))


class EveryList(unittest.TestCase):
    longMessage = False  # the messages say everything; unittest would prefix "False is not true"

    def setUp(self):
        self.ids = {paths.scenario_id(p) for p in paths.discover()}

    def test_there_are_lists(self):
        # Guards the loops below against passing by finding nothing.
        self.assertTrue(list_files(), f"no known-divergence lists in {divergence_list.LISTS_DIR}")

    def test_labels_are_defined_in_the_loops_doc(self):
        for path in list_files():
            with self.subTest(list=path.name):
                doc = divergence_list.DOCS_DIR / f"{path.stem}.md"
                self.assertTrue(doc.is_file(), f"{path}: no {doc} to explain its causes")
                defined = divergence_list.doc_labels(doc)
                for sid, label in divergence_list.load(path).items():
                    with self.subTest(scenario=sid):
                        self.assertTrue(label in defined,
                                        f"{path}: {sid}: cause label {label!r} has no section in "
                                        f"{doc} (a heading ending in {{#{label}}} or "
                                        f'<a id="{label}"></a>)')

    def test_listed_scenarios_exist(self):
        for path in list_files():
            with self.subTest(list=path.name):
                for sid in divergence_list.load(path):
                    with self.subTest(scenario=sid):
                        self.assertTrue(sid in self.ids,
                                        f"{path}: {sid} is not a scenario in {paths.SCENARIOS_DIR}")


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
