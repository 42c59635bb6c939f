"""The virtual world's threads and executor (docs/outside-world.md#threads): schedule, parking, sleep ties."""
import asyncio
import asyncio.base_events
import concurrent.futures
import threading
import time
import unittest
from unittest import mock

import support  # noqa: F401  (puts loopspec_traces on sys.path)

from loopspec_traces import virtual_loop, virtual_threads, virtual_world
from loopspec_traces.virtual_executor import DEFAULT_MAX_WORKERS, VirtualExecutor
from loopspec_traces.virtual_loop import Halt, VirtualLoop


def run(body):
    """body(loop, seen) run to completion on a fresh virtual loop inside a fresh world."""
    virtual_loop.reset()
    seen = []
    with virtual_world.installed():
        loop = VirtualLoop()
        try:
            loop.run_until_complete(body(loop, seen))
        finally:
            loop.close()
    return seen


class Patches(unittest.TestCase):
    def test_installed_for_the_block_only(self):
        real_executor = concurrent.futures.ThreadPoolExecutor
        real_sleep = time.sleep
        real_result = concurrent.futures.Future.result
        with virtual_world.installed():
            self.assertIs(concurrent.futures.ThreadPoolExecutor, VirtualExecutor)
            self.assertIs(time.sleep, virtual_loop.virtual_sleep)
            self.assertIsNot(concurrent.futures.Future.result, real_result)
            self.assertIs(asyncio.base_events.threading.Thread, virtual_threads.VirtualThread)
            self.assertIs(asyncio.base_events.threading.get_ident, threading.get_ident)
        self.assertIs(concurrent.futures.ThreadPoolExecutor, real_executor)
        self.assertIs(time.sleep, real_sleep)
        self.assertIs(concurrent.futures.Future.result, real_result)
        self.assertIs(asyncio.base_events.threading, threading)

    def test_executor_errors_are_thread_pool_executors(self):
        for workers in (0, -3):
            with self.assertRaisesRegex(ValueError, "^max_workers must be greater than 0$"):
                VirtualExecutor(max_workers=workers)
        executor = VirtualExecutor(max_workers=1)
        executor.shutdown(wait=False)
        with self.assertRaisesRegex(RuntimeError, "^cannot schedule new futures after shutdown$"):
            executor.submit(print)
        self.assertEqual(VirtualExecutor()._max_workers, DEFAULT_MAX_WORKERS)


class Schedule(unittest.TestCase):
    def test_job_starts_in_the_next_select_not_at_submit(self):
        async def body(loop, seen):
            fut = loop.run_in_executor(None, seen.append, "job")
            seen.append("submitted")
            loop.call_soon(seen.append, "callback queued before the select")
            await fut
        self.assertEqual(run(body), ["submitted", "job", "callback queued before the select"])

    def test_queued_jobs_run_in_submission_order_in_one_turn(self):
        async def body(loop, seen):
            executor = VirtualExecutor(max_workers=2)
            futures = [loop.run_in_executor(executor, seen.append, n) for n in range(5)]
            self.assertEqual(len(executor._queued), 3)
            await asyncio.gather(*futures)
            seen.append(loop.time())
            self.assertEqual(executor._workers, 0)
        # Worker 0 takes the queued jobs in its own turn, before worker 1 runs.
        self.assertEqual(run(body), [0, 2, 3, 4, 1, 0.0])

    def test_threads_made_runnable_during_step_1_run_in_the_same_step(self):
        async def body(loop, seen):
            executor = VirtualExecutor(max_workers=3)

            def spawner():
                seen.append("spawner")
                executor.submit(seen.append, "spawned")
            executor.submit(spawner)
            loop.call_soon(seen.append, "loop")
            await asyncio.sleep(0)
        self.assertEqual(run(body), ["spawner", "spawned", "loop"])


class Sleeping(unittest.TestCase):
    def test_sleepers_wake_by_time_then_sleep_order(self):
        def sleeper(seen, name, secs):
            time.sleep(secs)
            seen.append((name, asyncio.get_event_loop_policy() is not None))

        async def body(loop, seen):
            futures = [loop.run_in_executor(None, sleeper, seen, name, secs)
                       for name, secs in (("b", 1), ("a", 0.5), ("c", 1), ("z", 0))]
            await asyncio.gather(*futures)
            seen.append(loop.time())
        seen = run(body)
        self.assertEqual([s[0] for s in seen[:-1]], ["z", "a", "b", "c"])
        self.assertEqual(seen[-1], 1.0)

    def test_wake_time_is_now_plus_secs_as_floats(self):
        def job():
            time.sleep(0.2)

        async def body(loop, seen):
            await asyncio.sleep(0.1)
            await loop.run_in_executor(None, job)
            seen.append(loop.time())
        self.assertEqual(run(body), [0.1 + 0.2])

    def test_timer_before_wake_moves_clock_to_exact_deadline(self):
        def job(seen):
            time.sleep(2.5)
            seen.append("job wakes")

        async def body(loop, seen):
            fut = loop.run_in_executor(None, job, seen)
            await asyncio.sleep(1)
            seen.append(loop.time())
            await fut
            seen.append(loop.time())
        self.assertEqual(run(body), [1.0, "job wakes", 2.5])

    def test_job_woken_at_a_timers_deadline_runs_before_the_timer(self):
        def job(seen):
            time.sleep(1)
            seen.append("job")

        async def body(loop, seen):
            fut = loop.run_in_executor(None, job, seen)
            loop.call_later(1, lambda: seen.append(("timer; job's state copied:", fut.done())))
            await asyncio.sleep(2)
        self.assertEqual(run(body), ["job", ("timer; job's state copied:", True)])

    def test_a_job_sleeping_in_a_loop_hits_the_iteration_cap(self):
        def spinner():
            while True:
                time.sleep(0)

        async def body(loop, seen):
            await loop.run_in_executor(None, spinner)
        with mock.patch.object(virtual_loop, "MAX_ITERATIONS", 50):
            with self.assertRaisesRegex(Halt, "did not finish within 50 loop iterations"):
                run(body)
        virtual_loop.reset()

    def test_sleep_on_the_loop_thread_still_blocks_the_clock(self):
        async def body(loop, seen):
            time.sleep(3)
            seen.append(loop.time())
        self.assertEqual(run(body), [3.0])


class Parking(unittest.TestCase):
    def test_result_parks_until_the_future_is_done(self):
        async def body(loop, seen):
            cf = concurrent.futures.Future()

            def waiter():
                seen.append("waits")
                seen.append(("got", cf.result()))
            fut = loop.run_in_executor(None, waiter)
            await asyncio.sleep(1)
            seen.append("loop sets the result")
            cf.set_result(42)
            await fut
            seen.append(loop.time())
        self.assertEqual(run(body), ["waits", "loop sets the result", ("got", 42), 1.0])

    def test_shutdown_wait_in_a_job_parks_until_workers_finish(self):
        async def body(loop, seen):
            other = VirtualExecutor(max_workers=1)
            other.submit(time.sleep, 2)

            def closer():
                other.shutdown(wait=True)
                seen.append(("shutdown returned", other._workers))
            await loop.run_in_executor(None, closer)
            seen.append(loop.time())
        self.assertEqual(run(body), [("shutdown returned", 0), 2.0])

    def test_shutdown_wait_on_the_loop_thread_with_jobs_is_a_runner_error(self):
        async def body(loop, seen):
            executor = VirtualExecutor(max_workers=1)
            executor.submit(time.sleep, 1)
            executor.shutdown(wait=True)
        with self.assertRaisesRegex(Halt, "would wait for jobs the loop never lets run"):
            run(body)
        virtual_loop.reset()

    def test_shutdown_default_executor_thread_is_virtual(self):
        async def body(loop, seen):
            loop.run_in_executor(None, time.sleep, 3)
            await loop.shutdown_default_executor()
            seen.append(loop.time())
        self.assertEqual(run(body), [3.0])

    def test_a_blocked_run_leaves_parked_threads_parked(self):
        async def body(loop, seen):
            cf = concurrent.futures.Future()
            loop.run_in_executor(None, cf.result)
            await loop.create_future()
        with self.assertRaisesRegex(Halt, "blocked"):
            run(body)
        virtual_loop.reset()
        self.assertEqual(virtual_threads.world().runnable, type(virtual_threads.world().runnable)())


if __name__ == "__main__":
    unittest.main()
