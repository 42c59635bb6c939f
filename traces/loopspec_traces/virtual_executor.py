"""The virtual executor: concurrent.futures.ThreadPoolExecutor during a run
(docs/outside-world.md#threads).

Its workers are virtual threads (virtual_threads.py). `submit` starts a new
worker while fewer than max_workers are busy, else queues the job; a worker
whose job ends takes the next queued one in the same turn and finishes when
none is left. The errors and the job protocol are ThreadPoolExecutor's.
"""
import collections
import concurrent.futures

from . import virtual_loop
from . import virtual_threads

# CPython's default, min(32, os.cpu_count() + 4), depends on the machine: the
# virtual world fixes it so a golden does not.
DEFAULT_MAX_WORKERS = 5


class VirtualExecutor(concurrent.futures.Executor):
    def __init__(self, max_workers=None, thread_name_prefix=""):
        if max_workers is None:
            max_workers = DEFAULT_MAX_WORKERS
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        self._max_workers = max_workers
        self._queued = collections.deque()   # (future, fn, args, kwargs) waiting for a worker
        self._workers = 0                    # started and not finished
        self._shutdown = False
        self._shutdown_waiters = []          # virtual threads parked in shutdown(wait=True)

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError("cannot schedule new futures after shutdown")
        job = (concurrent.futures.Future(), fn, args, kwargs)
        if self._workers < self._max_workers:
            self._workers += 1
            virtual_threads.VirtualThread(target=self._work, args=(job,)).start()
        else:
            self._queued.append(job)
        return job[0]

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        if cancel_futures:
            while self._queued:
                self._queued.popleft()[0].cancel()
        if not wait or self._workers == 0:
            return
        thread = virtual_threads.current()
        if thread is None:
            virtual_loop.halt("shutdown(wait=True) on the loop's thread would wait for jobs "
                              "the loop never lets run")
        self._shutdown_waiters.append(thread)
        thread.park()

    def _work(self, job):
        while job is not None:
            _run_job(*job)
            job = self._queued.popleft() if self._queued else None
        self._workers -= 1
        if self._workers == 0:
            for thread in self._shutdown_waiters:
                thread.make_runnable()
            self._shutdown_waiters.clear()


def _run_job(future, fn, args, kwargs):
    # A job cancelled before it started never runs (ThreadPoolExecutor's _WorkItem.run).
    if not future.set_running_or_notify_cancel():
        return
    try:
        result = fn(*args, **kwargs)
    except BaseException as exc:
        future.set_exception(exc)
    else:
        future.set_result(result)
