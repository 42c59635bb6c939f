"""run: the virtual clock, value encoding, blocked, unhandled, task naming, line numbers."""
import asyncio
import json
import os
import subprocess
import sys
import unittest

from support import FIXTURES, SCENARIOS, TRACES_DIR, WRAPPER, TempScenario, cli, run_trace, scenario_text

from loopspec_traces import loops, runner, versions
from loopspec_traces.encode import EncodeError, canonical, encode
from loopspec_traces.virtual_loop import VirtualLoop, reset

EXAMPLE = SCENARIOS / "gather" / "first_error_propagates.py"

# The trace of docs/scenario-language.md's first scenario, line for line.
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


class ScenarioWithoutLoop(unittest.TestCase):
    """`def scenario()`: the runner makes and sets no loop, and closes the one left current."""

    def test_only_the_loop_left_current_is_closed(self):
        ir = {"constants": [], "functions": []}
        session = runner._Session("x.py", "x.py", ir, virtual=True)
        reset()
        make = runner._install_policy(loops.lookup("virtual"), session)
        seen = {}

        def scenario():
            seen["made before"] = len(session.origins)
            seen["current"] = asyncio.get_event_loop()
            seen["other"] = asyncio.new_event_loop()
            return "ok"

        try:
            end = runner._run_entry("scenario_no_loop", {"scenario": scenario}, make, session)
            other_closed = seen["other"].is_closed()
        finally:
            if "other" in seen:
                seen["other"].close()
            asyncio.set_event_loop_policy(None)
        self.assertEqual(end, {"end": "returned", "value": "ok"})
        self.assertEqual(seen["made before"], 0)
        self.assertTrue(seen["current"].is_closed())
        self.assertFalse(other_closed)  # left to the program, as in `scenario(loop)`

    def test_not_even_warnings_as_errors_change_the_trace(self):
        interp = versions.interpreter_for("3.12")
        if interp is None:
            self.skipTest(versions.missing_message("3.12"))
        text = scenario_text('''
            def scenario():
                log(asyncio.get_event_loop().is_closed())
            ''')
        with TempScenario(text) as sc:
            env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
            env["PYTHONWARNINGS"] = "error::DeprecationWarning"
            proc = subprocess.run([interp.path, str(WRAPPER), "run", str(sc.path)], env=env,
                                  capture_output=True, text=True, timeout=120)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        events = [json.loads(l) for l in proc.stdout.splitlines()[1:]]
        self.assertEqual(events[-1], {"end": "returned", "value": None})
        self.assertEqual(logs(events), [[False]])


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

    def test_memory_addresses_are_written_as_a_placeholder(self):
        lock = asyncio.Lock()
        self.assertEqual(encode(repr(lock)), "<asyncio.locks.Lock object at 0x... [unlocked]>")
        self.assertEqual(encode(RuntimeError(f"{lock!r} is bound")),
                         {"exc": "RuntimeError",
                          "args": ["<asyncio.locks.Lock object at 0x... [unlocked]> is bound"]})
        # Only an address after "at " is one: other hex text is the program's.
        self.assertEqual(encode("0x10 at 0xg"), "0x10 at 0xg")

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
        # docs/scenario-language.md#trace-values: bytes as the str of their code points 0-255.
        self.assertEqual(encode([b"a\xff"]), [{"bytes": "a\u00ff"}])
        for bad in (object(), float("inf"), 2 ** 64, bytearray(b"x"), print):
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


class Runaway(unittest.TestCase):
    """Scenarios that never finish: a runner error (status 2) naming the file and line.

    The limits are small here to keep the tests fast; `timeout` is the test's
    own backstop (without the time limit these runs would never end).
    """

    def assertStopped(self, rc, events, err, lines, limit):
        self.assertEqual(rc, 2, err)
        self.assertEqual(events, [])
        self.assertTrue(any(f"probe/case.py:{line}: the scenario ran for more than {limit} s "
                            "of wall time (an endless loop?)" in err for line in lines), err)
        self.assertNotIn("Traceback", err)
        self.assertEqual(err.count("\n"), 1, err)

    def test_endless_loop_in_main(self):
        rc, header, events, err = run_trace(scenario_text('''
            async def main():
                log("start")
                while True:
                    pass
            '''), "--time-limit", "0.3", timeout=30)
        self.assertStopped(rc, events, err, [10], 0.3)

    def test_endless_loop_in_a_callback(self):
        # the limit from the environment this time
        rc, header, events, err = run_trace(scenario_text('''
            def spin(n):
                log("spin", n)
                while True:
                    n += 1
            def scenario(loop):
                loop.call_soon(spin, 0)
                loop.run_forever()
            '''), env={"LOOPSPEC_TIME_LIMIT": "0.3"}, timeout=30)
        self.assertStopped(rc, events, err, [10], 0.3)

    def test_loop_busy_across_iterations_names_the_next_scenario_line(self):
        # The alarm lands in asyncio's code (the run stops where the scenario
        # next runs: the await its coroutine resumes at) or in the loop's own
        # lines (stopped right there).
        rc, header, events, err = run_trace(scenario_text('''
            async def main():
                n = 0
                while True:
                    await asyncio.sleep(0)
                    n += 1
            '''), "--time-limit", "0.3", timeout=30)
        self.assertStopped(rc, events, err, [10, 11, 12], 0.3)

    def test_iteration_cap_names_the_line(self):
        with TempScenario(scenario_text('''
            async def main():
                while True:
                    await asyncio.sleep(0)
            ''')) as sc:
            code = ("import sys; sys.path.insert(0, sys.argv[1]); "
                    "from loopspec_traces import virtual_loop, cli; "
                    "virtual_loop.MAX_ITERATIONS = 1000; "
                    "sys.exit(cli.main(['run', sys.argv[2], '--time-limit', '0']))")
            proc = subprocess.run([sys.executable, "-c", code, str(TRACES_DIR), str(sc.path)],
                                  capture_output=True, text=True, timeout=30)
        self.assertEqual(proc.returncode, 2, proc.stderr)
        self.assertEqual(proc.stdout, "")
        self.assertIn("probe/case.py:10: the scenario did not finish within 1000 loop "
                      "iterations (an endless loop?)", proc.stderr)

    def test_swallowed_stop_is_killed(self):
        rc, header, events, err = run_trace(scenario_text('''
            async def main():
                while True:
                    try:
                        while True:
                            pass
                    except BaseException:
                        pass
            '''), "--time-limit", "0.2", timeout=30)
        self.assertEqual(rc, 2, err)
        self.assertRegex(err, r"probe/case\.py:1[012]: the scenario ran for more than 0\.2 s of "
                              r"wall time \(an endless loop\?\) \(the run did not stop when "
                              r"asked; killed\)")

    def test_bad_limits_are_refused(self):
        for extra, env in (((), {"LOOPSPEC_TIME_LIMIT": "soon"}),
                           (("--time-limit", "-1"), None)):
            rc, header, events, err = run_trace(scenario_text('''
                async def main():
                    pass
                '''), *extra, env=env)
            self.assertEqual(rc, 2, err)
            self.assertIn("wants a number of seconds >= 0", err)

    def test_finished_scenarios_are_untouched_by_the_limit(self):
        rc, header, events, err = run_trace(scenario_text('''
            async def main():
                await asyncio.sleep(100000)
                log("slept")
            '''), "--time-limit", "5")
        self.assertEqual(rc, 0, err)
        self.assertEqual(logs(events), [["slept"]])


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


class OtherLoops(unittest.TestCase):
    """`run --loop NAME`: the same events on loops that agree with asyncio on EXAMPLE."""

    def assert_runs(self, name, package):
        rc, out, err = cli("run", EXAMPLE, "--loop", name)
        self.assertNotIn("Traceback", err)
        if rc != 0:
            self.assertIn(package, err)  # the message says what to install
            self.skipTest(f"{name} is not installed here ({package})")
        rows = [json.loads(l) for l in out.splitlines()]
        self.assertEqual(rows[0]["loop"], name)
        self.assertEqual([r.get("log") for r in rows[1:]],
                         [json.loads(l).get("log") for l in CONTRACT_TRACE.splitlines()[1:]])
        return rows

    def test_uvloop(self):
        self.assert_runs("uvloop", "python3-uvloop")

    def test_gbulb(self):
        self.assert_runs("gbulb", "python3-gbulb")

    def test_virtual_clock_loops_keep_the_times(self):
        for name, package in (("asyncio-pure", "(standard library)"),
                              ("nest_asyncio", "python3-nest-asyncio")):
            with self.subTest(name):
                rows = self.assert_runs(name, package)
                self.assertEqual(out_times(rows), out_times(
                    [json.loads(l) for l in CONTRACT_TRACE.splitlines()]))

    def test_a_nested_run_that_blocks_inside_a_callback_still_ends(self):
        # nest_asyncio lets run_forever run inside a callback; the virtual loop
        # halts there, and the halt reaches the exception handler first.
        rc, out, err = cli("run", SCENARIOS / "loop_rules" / "nested_run_forever.py", "--loop", "nest_asyncio")
        if rc != 0 and "python3-nest-asyncio" in err:
            self.skipTest("nest_asyncio is not installed here (python3-nest-asyncio)")
        self.assertEqual(rc, 0, err)
        self.assertEqual(json.loads(out.splitlines()[-1]), {"end": "blocked"})

    def test_module_factory(self):
        rows = self.assert_runs("asyncio:new_event_loop", "asyncio")
        self.assertIn("asyncio", rows[0]["runtime"])

    def test_unknown_loop_says_what_is_accepted(self):
        rc, out, err = cli("run", EXAMPLE, "--loop", "nope")
        self.assertEqual(rc, 2)
        self.assertIn("MODULE:FACTORY", err)
        rc, out, err = cli("run", EXAMPLE, "--loop", "no_such_module:make")
        self.assertEqual(rc, 2)
        self.assertIn("no_such_module is not importable", err)


def out_times(rows):
    return [r.get("t") for r in rows[1:]]


if __name__ == "__main__":
    unittest.main()
