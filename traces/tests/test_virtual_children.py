"""The virtual child watcher (docs/outside-world.md#children).

Each case runs in a Python process of its own: the watcher makes its process
a child subreaper, which must not leak into the test runner.
"""
import subprocess
import sys
import textwrap
import unittest

import support

PRELUDE = f"""
import os, selectors, subprocess, sys
sys.path.insert(0, {str(support.TRACES_DIR)!r})
from loopspec_traces import virtual_children
from loopspec_traces.virtual_children import VirtualChildWatcher, _descendants, _state

def halt(message):
    raise SystemExit("halt: " + message)

reported = []
def callback(pid, returncode, *args):
    reported.append(returncode)
"""


def run_case(body):
    """The case's stdout; the case fails the test by exiting non-zero."""
    proc = subprocess.run([sys.executable, "-c", PRELUDE + textwrap.dedent(body)],
                          capture_output=True, text=True, timeout=60)
    if proc.returncode != 0:
        raise AssertionError(proc.stderr or proc.stdout)
    return proc.stdout


class Watcher(unittest.TestCase):
    def test_settle_waits_until_the_child_has_exited_after_its_write(self):
        out = run_case("""
            w = VirtualChildWatcher()
            p = subprocess.Popen(['sh', '-c', 'printf x; i=0; while [ $i -lt 20000 ]; do i=$((i+1)); done; exit 3'],
                                 stdout=subprocess.PIPE)
            w.add_child_handler(p.pid, callback)
            w.settle(halt)
            print(_state(p.pid))
            w.report(None, selectors.DefaultSelector())
            print(reported, _state(p.pid))
        """)
        self.assertEqual(out.split("\n")[:2], ["Z", "[3] None"])

    def test_exit_waits_while_an_output_pipe_is_watched(self):
        out = run_case("""
            w = VirtualChildWatcher()
            p = subprocess.Popen(['true'], stdout=subprocess.PIPE)

            class Transport:
                def get_pipe_transport(self, fd):
                    return Pipe() if fd == 1 else None

            class Pipe:
                def get_extra_info(self, name):
                    return p.stdout

            w.add_child_handler(p.pid, callback, Transport())
            w.settle(halt)
            sel = selectors.DefaultSelector()
            sel.register(p.stdout, selectors.EVENT_READ)
            print(w.report(None, sel), w.watching(None))
            sel.unregister(p.stdout)
            print(w.report(None, sel), w.watching(None), reported)
        """)
        self.assertEqual(out.split("\n")[:2], ["False True", "True False [0]"])

    def test_a_status_seen_survives_popen_reaping_the_child(self):
        out = run_case("""
            w = VirtualChildWatcher()
            p = subprocess.Popen(['sh', '-c', 'kill -TERM $$'])
            w.add_child_handler(p.pid, callback)
            w.settle(halt)
            print(p.poll())
            w.report(None, selectors.DefaultSelector())
            print(reported)
        """)
        self.assertEqual(out.split("\n")[:2], ["-15", "[-15]"])

    def test_kill_all_leaves_no_descendant_and_no_zombie(self):
        out = run_case("""
            w = VirtualChildWatcher()
            with w:
                p = subprocess.Popen(['sh', '-c', 'sleep 30 & sleep 30 & exit 0'])
                w.add_child_handler(p.pid, callback)
            w.settle(halt)
            print(len(_descendants()) >= 2)
            w.kill_all()
            print(_descendants())
        """)
        self.assertEqual(out.split("\n")[:2], ["True", "[]"])

    def test_a_job_outlives_a_shell_that_exits_before_its_handler_is_added(self):
        # As asyncio does: the watcher is entered before the spawn, and the
        # handler added after it, by when the shell may be gone.
        out = run_case("""
            w = VirtualChildWatcher()
            with w:
                p = subprocess.Popen(['sh', '-c', 'sleep 30 & exit 0'])
                os.waitid(os.P_PID, p.pid, os.WEXITED | os.WNOWAIT)
                w.add_child_handler(p.pid, callback)
            w.settle(halt)
            print(sorted(_state(pid) for pid in _descendants()))
            w.kill_all()
        """)
        self.assertEqual(out.split("\n")[0], "['S', 'Z']")

    def test_a_child_that_never_blocks_halts_the_run(self):
        out = run_case("""
            virtual_children.PATIENCE = 0.3
            w = VirtualChildWatcher()
            p = subprocess.Popen(['sh', '-c', 'while :; do :; done'])
            w.add_child_handler(p.pid, callback)
            try:
                w.settle(halt)
            except SystemExit as e:
                print(e)
            w.kill_all()
        """)
        self.assertIn("halt: a child process kept running for 0.3 s without waiting for anything", out)


if __name__ == "__main__":
    unittest.main()
