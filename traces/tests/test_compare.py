"""compare-uvloop's classification of two traces (times already stripped)."""
import unittest

import support  # noqa: F401  (puts traces/ on sys.path)

from loopspec_traces.compare import classify, strip_times


class Classify(unittest.TestCase):
    def test_classes(self):
        a = [{"line": 1, "log": ["x", 0.1]}, {"line": 2, "log": ["y"]}, {"end": "returned", "value": None}]
        self.assertEqual(classify(a, a)[0], "same")
        b = [{"line": 1, "log": ["x", 1234.5]}, a[1], a[2]]
        self.assertEqual(classify(a, b)[0], "times")
        c = [a[1], a[0], a[2]]
        self.assertEqual(classify(a, c), ("order", "first difference at event 1"))
        d = [a[0], {"end": "raised", "exc": {"exc": "KeyError", "args": []}}]
        self.assertEqual(classify(a, d)[0], "content")

    def test_strip_times(self):
        self.assertEqual(strip_times([{"t": 0.1, "line": 3, "log": []}, {"end": "blocked"}]),
                         [{"line": 3, "log": []}, {"end": "blocked"}])


if __name__ == "__main__":
    unittest.main()
