"""batch: many IR programs through one CPython process (for properties/, issue 6)."""
import json
import platform
import tempfile
import unittest
from pathlib import Path

from support import SCENARIOS, TRACES_DIR, TempScenario, cli, scenario_text

from loopspec_traces import ir as irmod
from loopspec_traces import versions
from loopspec_traces.trace import golden_traces
from loopspec_traces.compiler import compile_file

GOLDEN = TRACES_DIR / "golden"
CORPUS = ["gather/children_named_in_argument_order", "gather/first_error_propagates",
          "call_soon/fifo_order", "cancellation/cancel_message_seen_by_task"]


def golden_trace(sid):
    """The golden trace of the CPython version running these tests."""
    doc = json.loads((GOLDEN / (sid + ".json")).read_text(encoding="utf-8"))
    return golden_traces(doc)[versions.minor_of(platform.python_version())]


class Batch(unittest.TestCase):
    def run_batch(self, irs, env=None, options=()):
        with tempfile.TemporaryDirectory(prefix="loopspec-test-") as tmp:
            inp, out = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
            inp.write_text("".join(irmod.dumps(ir) + "\n" for ir in irs), encoding="utf-8")
            rc, _stdout, err = cli("batch", "-j", "2", *options, inp, out, env=env)
            self.assertEqual(rc, 0, err)
            return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]

    def test_traces_equal_the_goldens_and_task_names_start_afresh(self):
        # The same task-naming program twice: each run must count from Task-1.
        sids = CORPUS + CORPUS[:1]
        irs = [compile_file(SCENARIOS / (sid + ".py"), sid) for sid in sids]
        results = self.run_batch(irs)
        self.assertEqual([r["id"] for r in results], sids)
        for sid, r in zip(sids, results):
            self.assertIsNone(r["error"], sid)
            self.assertTrue(r["roundtrip"], sid)
            self.assertEqual(r["trace"], golden_trace(sid), sid)
            self.assertTrue(r["source"].startswith('"""'), sid)

    def test_a_program_that_cannot_run_is_reported_not_fatal(self):
        ir = compile_file(SCENARIOS / (CORPUS[0] + ".py"), CORPUS[0])
        bad = json.loads(json.dumps(ir))
        bad["id"] = "probe/bad"
        bad["functions"] = [f for f in bad["functions"] if f["name"] != "main"]  # no entry point
        results = self.run_batch([bad, ir])
        self.assertIsNotNone(results[0]["error"])
        self.assertIsNone(results[1]["error"])

    def test_a_runaway_program_is_stopped_by_the_time_limit(self):
        with TempScenario(scenario_text("async def main():\n    while True:\n        pass\n"),
                          area="batch", name="spin") as sc:
            spin = compile_file(sc.path, "batch/spin")
        ir = compile_file(SCENARIOS / (CORPUS[0] + ".py"), CORPUS[0])
        results = self.run_batch([spin, ir], env={"LOOPSPEC_TIME_LIMIT": "0.3"})
        self.assertRegex(results[0]["error"] or "",
                         r"batch/spin\.py:9: the scenario ran for more than 0\.3 s of wall time")
        self.assertIsNone(results[1]["error"])


if __name__ == "__main__":
    unittest.main()


class BatchOnALoop(unittest.TestCase):
    def test_pure_asyncio_runs_the_programs_and_needs_no_baseline(self):
        sid = CORPUS[0]
        ir = compile_file(SCENARIOS / (sid + ".py"), sid)
        [r] = Batch.run_batch(self, [ir], options=("--loop", "asyncio-pure", "--baseline"))
        self.assertIsNone(r["error"])
        self.assertEqual(r["trace"], golden_trace(sid))
        self.assertNotIn("baseline", r)  # the caller's own interpreter: property/cpython covers it

    def test_an_unknown_loop_is_refused_with_the_names_it_takes(self):
        rc, _stdout, err = cli("batch", "--loop", "no-such-loop", "in.jsonl", "-")
        self.assertEqual(rc, 2)
        self.assertIn("use one of asyncio, asyncio-pure", err)

    def test_loop_info_names_the_clock_and_rule(self):
        rc, stdout, err = cli("loop-info", "asyncio-pure")
        self.assertEqual(rc, 0, err)
        info = json.loads(stdout)
        self.assertEqual((info["clock"], info["rule"], info["unavailable"]), ("virtual", "exact", None))
