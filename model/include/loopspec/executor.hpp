// concurrent.futures.ThreadPoolExecutor in the virtual world
// (docs/outside-world.md#threads): every executor a scenario uses, the
// loop's default one included, runs its jobs on the runtime's virtual
// threads.
#pragma once

#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "loopspec/concurrent_future.hpp"
#include "loopspec/value.hpp"
#include "loopspec/virtual_threads.hpp"

namespace loopspec {

/// concurrent.futures.ThreadPoolExecutor.
///
/// Invariants: at most max_workers jobs have started and not finished; jobs
/// start in submission order; a job whose future was cancelled before it
/// started never runs; a worker whose job ends takes the next queued job in
/// the same turn, and finishes when none is queued.
class ThreadPoolExecutor : public Object {
 public:
  /// A job: returns its result or raises (PyError).
  using Job = std::function<Value()>;
  /// max_workers=None. CPython takes min(32, cpu_count() + 4), which depends
  /// on the machine; the virtual world fixes what a one-CPU machine gets.
  static constexpr int kDefaultMaxWorkers = 5;

  /// ValueError('max_workers must be greater than 0') unless max_workers > 0.
  explicit ThreadPoolExecutor(int max_workers = kDefaultMaxWorkers);
  std::string type_name() const override { return "ThreadPoolExecutor"; }

  /// A pending future the job completes. A free worker starts at once (it
  /// runs at the next select); else the job waits for one. RuntimeError
  /// ('cannot schedule new futures after shutdown') once shut down.
  ConcurrentFuturePtr submit(Job job);
  /// No new jobs from now on; queued ones still run. With `wait`, a job
  /// parks until every worker has finished; the loop's thread cannot wait
  /// (its jobs run only while it selects) and gets BlocksThreadForever
  /// unless nothing is left to run.
  void shutdown(bool wait);

 private:
  struct WorkItem {
    ConcurrentFuturePtr future;
    Job job;
  };
  /// A worker's body: runs `first`, then whatever is queued.
  void work(WorkItem first);
  static void run_item(WorkItem& item);

  int max_workers_;
  int busy_ = 0;  // workers started and not finished
  bool shut_down_ = false;
  std::deque<WorkItem> queue_;
  std::vector<VirtualThreads::ThreadId> waiting_for_idle_;
};
using ThreadPoolExecutorPtr = std::shared_ptr<ThreadPoolExecutor>;

}  // namespace loopspec
