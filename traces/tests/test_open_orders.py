"""open_orders: when a re-recorded set walk counts as the committed golden (docs/orders.md)."""
import stat
import tempfile
import unittest
from pathlib import Path

import support  # noqa: F401  (puts loopspec_traces on the path)

from loopspec_traces import open_orders
from loopspec_traces.open_orders import another_permitted_order
from loopspec_traces.regen import Result

IR = {"ir": 2, "meta": {"order": ["set-iteration"]}, "functions": []}
A = {"t": 0.1, "line": 5, "log": ["a cancelled"]}
B = {"t": 0.1, "line": 5, "log": ["b cancelled"]}
END = {"end": "returned", "value": None}


def committed(events, ir=IR):
    return {"ir": ir, "traces": [{"python": ["3.11"], "trace": events}]}


def fresh(events, ir=IR):
    r = Result("set_iteration/x", "x.py", "ok", ir=ir)
    r.traces["3.11"] = events
    r.runtimes["3.11"] = "CPython 3.11.7"
    return r


def fake_loopspec(tmp, verdict):
    """A stand-in for `loopspec orders` that prints `verdict`'s line."""
    path = Path(tmp) / "loopspec"
    path.write_text(f"#!/bin/sh\necho 'x: 2 permitted traces'\necho \"{verdict}\"\n")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return str(path)


class AnotherPermittedOrder(unittest.TestCase):
    def test_a_permitted_reordering_is_another_order(self):
        with tempfile.TemporaryDirectory() as tmp:
            yes = fake_loopspec(tmp, "CPython's golden is permitted trace 2")
            note = another_permitted_order(committed([A, B, END]), fresh([B, A, END]), yes)
        self.assertEqual(note, "another permitted order on CPython 3.11")

    def test_a_reordering_the_model_does_not_permit_differs(self):
        with tempfile.TemporaryDirectory() as tmp:
            no = fake_loopspec(tmp, "CPython's golden is NOT among them")
            self.assertIsNone(another_permitted_order(committed([A, B, END]), fresh([B, A, END]), no))

    def test_without_a_build_a_reordering_passes_and_says_so(self):
        original = open_orders.loopspec_binary
        open_orders.loopspec_binary = lambda: None
        try:
            note = another_permitted_order(committed([A, B, END]), fresh([B, A, END]))
        finally:
            open_orders.loopspec_binary = original
        self.assertIn("not judged: no loopspec build", note)

    def test_without_a_build_other_events_differ(self):
        original = open_orders.loopspec_binary
        open_orders.loopspec_binary = lambda: None
        try:
            other = {"t": 0.2, "line": 5, "log": ["a cancelled"]}
            self.assertIsNone(another_permitted_order(committed([A, B, END]), fresh([other, A, END])))
        finally:
            open_orders.loopspec_binary = original

    def test_a_changed_scenario_or_no_declared_order_differs(self):
        with tempfile.TemporaryDirectory() as tmp:
            yes = fake_loopspec(tmp, "CPython's golden is permitted trace 2")
            changed = dict(IR, functions=[{"name": "main"}])
            self.assertIsNone(another_permitted_order(committed([A, B, END]), fresh([B, A, END], changed), yes))
            undeclared = dict(IR, meta={"order": []})
            self.assertIsNone(another_permitted_order(committed([A, B, END], undeclared),
                                                      fresh([B, A, END], undeclared), yes))

if __name__ == "__main__":
    unittest.main()
