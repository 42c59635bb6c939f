"""run: the virtual clock, value encoding, blocked, unhandled, task naming, line numbers."""
import asyncio
import json
import unittest

from support import FIXTURES, SCENARIOS, cli, run_trace, scenario_text

from loopspec_traces.encode import EncodeError, canonical, encode
from loopspec_traces.virtual_loop import VirtualLoop, reset

EXAMPLE = SCENARIOS / "gather" / "first_error_propagates.py"

# The trace of the design contract's example, section 7, line for line.
CONTRACT_TRACE = """\
{"scenario": "gather/first_error_propagates", "runtime": "CPython 3.11.7", "loop": "virtual"}
{"t": 0.1, "line": 28, "log": ["caught", {"exc": "ValueError", "args": ["boom"]}]}
{"t": 0.1, "line": 29, "log": ["sibling done?", false]}
{"t": 0.2, "line": 14, "log": ["slow done", 1]}
{"t": 0.6, "line": 31, "log": ["sibling", true, 1]}
{"end": "returned", "value": null}
"""


def logs(events):
    return [e["log"] for e in events if "log" in e]


class ContractExample(unittest.TestCase):
    def test_example_trace_is_the_contracts(self):
        rc, out, err = cli("run", EXAMPLE)
        self.assertEqual(rc, 0, err)
        got = out.splitlines()
        want = CONTRACT_TRACE.splitlines()
        self.assertEqual(got[1:], want[1:])  # events byte for byte
        header = json.loads(got[0])
        self.assertEqual(header["scenario"], "gather/first_error_propagates")
        self.assertEqual(header["loop"], "virtual")
        self.assertTrue(header["runtime"].startswith("CPython 3.11"))


class VirtualClock(unittest.TestCase):
    def test_fixture_arithmetic(self):
        rc, out, err = cli("run", FIXTURES / "clock_arithmetic.py")
        self.assertEqual(rc, 0, err)
        events = [json.loads(l) for l in out.splitlines()[1:]]
        # replay CPython's arithmetic: when = now + delay; now = now + (when - now)
        now, expected = 0.0, []
        for _ in range(3):
            when = now + 0.1
            now = now + (when - now)
            expected.append(now)
        self.assertEqual([e["t"] for e in events[:3]], expected)
        self.assertEqual([e["log"][2] for e in events[:3]], expected)
        self.assertEqual(expected[2], 0.30000000000000004)
        self.assertEqual(events[3]["log"], ["after sleep(0)"])
        self.assertEqual(events[4], {"t": expected[2], "line": None,
                                     "log": ["within resolution"]})
        start = expected[2]
        when = start + 100000
        now = start
        while True:  # select timeouts are capped at one day
            timeout = min(max(0, when - now), 86400)
            now = now + timeout
            if when < now + 1e-09:
                break
        self.assertEqual(events[5]["t"], now)
        self.assertEqual(events[5]["log"], ["long sleep", now - start])
        self.assertEqual(events[-1], {"end": "returned", "value": None})

    def test_loop_in_process(self):
        reset()
        loop = VirtualLoop()
        try:
            self.assertEqual(loop.time(), 0.0)
            seen = []
            loop.call_later(1.5, lambda: seen.append(loop.time()))
            loop.call_later(2.5, loop.stop)
            loop.run_forever()
            self.assertEqual(seen, [1.5])
            self.assertEqual(loop.time(), 2.5)
        finally:
            loop.close()

    def test_policy_makes_every_loop_virtual(self):
        rc, header, events, err = run_trace(scenario_text('''
            async def inner():
                return asyncio.get_running_loop().time()
            def scenario(loop):
                other = asyncio.new_event_loop()
                log(other.time())
                other.close()
                log(asyncio.run(inner()))
                with asyncio.Runner() as runner:
                    log(runner.run(inner()))
            '''))
        self.assertEqual(rc, 0, err)
        self.assertEqual(logs(events), [[0.0], [0.0], [0.0]])


class Values(unittest.TestCase):
    def test_scalars_keep_their_types(self):
        self.assertEqual(encode(None), None)
        self.assertIs(encode(True), True)
        self.assertEqual(json.dumps(encode(1)), "1")
        self.assertEqual(json.dumps(encode(1.0)), "1.0")
        self.assertEqual(json.dumps(encode(1e-09)), "1e-09")
        self.assertEqual(encode("s"), "s")

    def test_containers(self):
        self.assertEqual(encode([1, (2, 3)]), [1, {"tuple": [2, 3]}])
        self.assertEqual(encode({"b": 1, "a": (1,)}),
                         {"dict": [["b", 1], ["a", {"tuple": [1]}]]})
        self.assertEqual(encode({3, 1, 2}), {"set": [1, 2, 3]})
        # sorted by canonical JSON text, not by value: '"a"' < "10" < "9"
        self.assertEqual(encode({9, 10, "a"}), {"set": ["a", 10, 9]})
        self.assertEqual(canonical({"b": 1, "a": "é"}), '{"a":"\\u00e9","b":1}')

    def test_exceptions(self):
        self.assertEqual(encode(ValueError("x", 1)), {"exc": "ValueError", "args": ["x", 1]})
        self.assertEqual(encode(asyncio.CancelledError()), {"exc": "CancelledError", "args": []})
        self.assertEqual(encode(asyncio.TimeoutError()), {"exc": "TimeoutError", "args": []})
        eg = ExceptionGroup("g", [KeyError("k")])
        self.assertEqual(encode(eg), {"exc": "ExceptionGroup",
                                      "args": ["g", [{"exc": "KeyError", "args": ["k"]}]],
                                      "exceptions": [{"exc": "KeyError", "args": ["k"]}]})

    def test_tasks_and_errors(self):
        reset()
        loop = VirtualLoop()
        try:
            async def job():
                return 1
            task = loop.create_task(job(), name="named")
            self.assertEqual(encode([task]), [{"task": "named"}])
            fut = loop.create_future()
            with self.assertRaises(EncodeError):
                encode(fut)
            loop.run_until_complete(task)
        finally:
            loop.close()
        for bad in (object(), float("inf"), 2 ** 64, b"x", print):
            with self.assertRaises(EncodeError):
                encode(bad)

    def test_logging_an_unloggable_value_is_a_scenario_error(self):
        rc, header, events, err = run_trace(scenario_text('''
            async def main():
                fut = asyncio.get_running_loop().create_future()
                log("future", fut)
            '''))
        self.assertEqual(rc, 2)
        self.assertIn(":10: cannot log this value: a value of type Future", err)
        self.assertNotIn("Traceback", err)


class Ends(unittest.TestCase):
    def test_blocked(self):
        rc, header, events, err = run_trace(scenario_text('''
            async def waiter(f):
                try:
                    await f
                finally:
                    log("cleanup after the block is not traced")
            async def main():
                f = asyncio.get_running_loop().create_future()
                t = asyncio.create_task(waiter(f))
                await asyncio.sleep(1)
                log("waiting")
                await f
            '''))
        self.assertEqual(rc, 0, err)
        self.assertEqual(events, [{"t": 1.0, "line": 17, "log": ["waiting"]}, {"end": "blocked"}])
        self.assertNotIn("destroyed", err)

    def test_raised(self):
        rc, header, events, err = run_trace(scenario_text('''
            async def main():
                await asyncio.sleep(0.5)
                raise KeyError("k")
            '''))
        self.assertEqual(rc, 0, err)
        self.assertEqual(events, [{"end": "raised", "exc": {"exc": "KeyError", "args": ["k"]}}])

    def test_returned_value(self):
        rc, header, events, err = run_trace(scenario_text('''
            async def main():
                return [1, 2.5, (None, "x")]
            '''))
        self.assertEqual(events, [{"end": "returned",
                                   "value": [1, 2.5, {"tuple": [None, "x"]}]}])

    def test_runner_cancels_leftovers_before_end(self):
        rc, header, events, err = run_trace(scenario_text('''
            async def forever():
                try:
                    await asyncio.sleep(10)
                except asyncio.CancelledError:
                    log("cancelled at shutdown")
                    raise
            async def main():
                t = asyncio.create_task(forever())
                await asyncio.sleep(0)
                return "done"
            '''))
        self.assertEqual(rc, 0, err)
        self.assertEqual(events, [{"t": 0.0, "line": 12, "log": ["cancelled at shutdown"]},
                                  {"end": "returned", "value": "done"}])


class Unhandled(unittest.TestCase):
    def test_callbacks_fixture(self):
        rc, out, err = cli("run", FIXTURES / "callbacks.py")
        self.assertEqual(rc, 0, err)
        events = [json.loads(l) for l in out.splitlines()[1:]]
        self.assertEqual(events, [
            {"t": 0.0, "line": None, "log": ["callback", {"tuple": [1, 2.0]}]},
            {"t": 0.0, "unhandled": {"exc": "ValueError", "args": ["cb"]}},
            {"t": None, "line": 21, "log": ["stopped at", 0.25, False]},
            {"t": None, "unhandled": {"exc": "KeyError", "args": ["k"]}},
            {"end": "returned", "value": {"dict": [["closed", False]]}},
        ])

    def test_garbage_collection_reports_are_left_out(self):
        rc, header, events, err = run_trace(scenario_text('''
            async def fail():
                raise ValueError("never retrieved")
            async def main():
                t = asyncio.create_task(fail())
                await asyncio.sleep(0.1)
                t = None
                f = asyncio.get_running_loop().create_future()
                f.set_exception(KeyError("dropped"))
                f = None
                await asyncio.sleep(0.1)
                log("end")
            '''))
        self.assertEqual(rc, 0, err)
        self.assertEqual(events, [{"t": 0.2, "line": 18, "log": ["end"]},
                                  {"end": "returned", "value": None}])

    def test_custom_handler_deferring_to_default(self):
        rc, header, events, err = run_trace(scenario_text('''
            def handler(loop, context):
                log("handler", context["message"])
                loop.default_exception_handler(context)
            def bad():
                raise RuntimeError("x")
            def scenario(loop):
                loop.set_exception_handler(handler)
                loop.call_soon(bad)
                loop.call_soon(loop.stop)
                loop.run_forever()
            '''))
        self.assertEqual(rc, 0, err)
        self.assertEqual(events, [
            {"t": 0.0, "line": 9,
             "log": ["handler", "Exception in callback bad() at probe/case.py:11"]},
            {"t": 0.0, "unhandled": {"exc": "RuntimeError", "args": ["x"]}},
            {"end": "returned", "value": None},
        ])


class TaskNames(unittest.TestCase):
    def test_default_names_and_what_takes_a_number(self):
        rc, header, events, err = run_trace(scenario_text('''
            async def job():
                return asyncio.current_task()
            async def main():
                log(asyncio.current_task())
                a = asyncio.create_task(job())
                b = asyncio.create_task(job(), name="named")
                c = asyncio.get_running_loop().create_task(job(), name="loopnamed")
                d = asyncio.create_task(job())
                r = await asyncio.gather(job(), a)
                log(a, b, c, d, r)
            '''))
        self.assertEqual(rc, 0, err)
        self.assertEqual(logs(events), [
            [{"task": "Task-1"}],
            [{"task": "Task-2"}, {"task": "named"}, {"task": "loopnamed"}, {"task": "Task-4"},
             [{"task": "Task-5"}, {"task": "Task-2"}]],
        ])

    def test_names_restart_per_run(self):
        for _ in range(2):
            rc, header, events, err = run_trace(scenario_text('''
                async def main():
                    log(asyncio.current_task())
                '''))
            self.assertEqual(logs(events), [[{"task": "Task-1"}]])


class Lines(unittest.TestCase):
    def test_multiline_log_call_reports_its_first_line(self):
        text = scenario_text('''
            async def main():
                log(
                    "a",
                    1)
            ''')
        rc, header, events, err = run_trace(text)
        self.assertEqual(events[0]["line"], 9)


class Uvloop(unittest.TestCase):
    def test_uvloop_runs_or_says_why_not(self):
        rc, out, err = cli("run", EXAMPLE, "--loop", "uvloop")
        self.assertNotIn("Traceback", err)
        if rc != 0:
            self.assertIn("uvloop", err)
            self.skipTest("no interpreter with uvloop here")
        rows = [json.loads(l) for l in out.splitlines()]
        self.assertEqual(rows[0]["loop"], "uvloop")
        self.assertEqual([r.get("log") for r in rows[1:]],
                         [json.loads(l).get("log") for l in CONTRACT_TRACE.splitlines()[1:]])


if __name__ == "__main__":
    unittest.main()
