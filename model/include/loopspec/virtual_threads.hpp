// The scenario's other threads, as the virtual world schedules them
// (docs/outside-world.md#threads): executor workers and the thread asyncio
// starts to shut its default executor down.
//
// Each is a real thread, so a job is ordinary code that may block anywhere
// (time.sleep, a concurrent future's result()), but the threads take turns
// with the loop's thread: exactly one of them runs at a time, and the others
// run only inside a loop's select, when the loop hands them the turn. That
// makes every order a job can observe a function of the program alone.
//
// Invariants the class keeps:
//  - a thread becomes runnable when it starts, when its sleep ends, or when
//    what it waits for completes; runnable threads run in that order;
//  - run_runnable returns only when no thread is runnable: each ran until it
//    finished or parked (slept, or waited on something not done);
//  - sleepers wake in order of wake time, ties in the order they slept.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace loopspec {

class Runtime;

/// Told whenever the turn passes from one thread to another, so that what a
/// program keeps per thread (the harness's current contextvars Context)
/// follows. Thread 0 is the loop's thread; the others are numbered from 1 in
/// the order they started.
class ThreadObserver {
 public:
  virtual ~ThreadObserver() = default;
  virtual void thread_switched(std::size_t from, std::size_t to) = 0;
};

class VirtualThreads {
 public:
  using ThreadId = std::size_t;
  static constexpr ThreadId kLoopThread = 0;

  explicit VirtualThreads(Runtime& runtime);
  ~VirtualThreads();
  VirtualThreads(const VirtualThreads&) = delete;
  VirtualThreads& operator=(const VirtualThreads&) = delete;

  /// Starts a thread that runs `body`. It is runnable at once and first runs
  /// at the next run_runnable. `body` must not let a Python exception out.
  ThreadId start(std::function<void()> body);

  /// Select's first step: runs the runnable threads one at a time until none
  /// is. `now` is the clock their sleeps count from. Rethrows on the caller's
  /// thread what escaped a thread's body (a harness error, a broken
  /// implementation): the run fails.
  void run_runnable(double now);
  /// Whether nothing is runnable and nobody sleeps: then select is as in
  /// version 1 (nothing in the world outside can wake the loop).
  bool idle() const { return runnable_.empty() && sleepers_.empty(); }
  /// The earliest wake time of a sleeping thread.
  std::optional<double> next_wake() const;
  /// Makes runnable every thread whose sleep ends at `when`, in sleep order.
  void wake_at(double when);

  /// Ends the run's threads: each that never finished unwinds from where it
  /// parked without running any more of the program (no except or finally
  /// block runs: the run is over), and every thread is joined.
  void abandon();

  // --- from a thread that holds the turn --------------------------------------
  /// Whether the calling thread is one of the scenario's other threads.
  static bool on_virtual_thread();
  /// The calling thread (kLoopThread when it is not a virtual thread).
  static ThreadId current();
  /// time.sleep(seconds) in a job: parks until `now + seconds`.
  void sleep(double seconds);
  /// Parks the calling virtual thread until make_runnable(its id).
  void park();
  /// Makes a parked thread runnable (from whichever thread holds the turn).
  void make_runnable(ThreadId id);

 private:
  struct Thread;
  struct Sleeper {
    double wake;
    std::uint64_t order;
    ThreadId id;
    bool operator>(const Sleeper& o) const { return wake != o.wake ? wake > o.wake : order > o.order; }
  };

  static void* entry(void* thread);
  void run_thread(Thread& t);
  void hand_turn_to(Thread& t);
  void give_turn_back();
  void wait_for_turn(Thread& t);
  Thread& self() { return *threads_[current() - 1]; }

  Runtime& runtime_;
  std::mutex mutex_;
  std::condition_variable turn_changed_;
  ThreadId turn_ = kLoopThread;
  std::vector<std::unique_ptr<Thread>> threads_;  // index = id - 1
  std::deque<ThreadId> runnable_;
  std::vector<Sleeper> sleepers_;  // a min-heap on (wake, order)
  std::uint64_t sleeps_ = 0;
  double now_ = 0.0;
  std::exception_ptr escaped_;
};

}  // namespace loopspec
