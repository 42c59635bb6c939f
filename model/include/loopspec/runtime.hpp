// The asyncio module's global state, per thread: the running loop, the
// current event loop (set_event_loop), the loop factory that new_event_loop()
// uses, the Task-N counter, and where unhandled exceptions are reported.
//
// CPython keeps these as module globals; a conformance run needs a fresh set
// per scenario (a golden trace numbers tasks from Task-1), so they live in a
// Runtime that a RuntimeScope installs for the current thread.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "loopspec/event_loop.hpp"

namespace loopspec {

class Runtime {
 public:
  /// This thread's runtime; a default one exists when no scope is installed.
  static Runtime& current();

  /// new_event_loop() makes loops with this (default: reference loops); every
  /// loop it makes is adopted.
  LoopFactory loop_factory;
  /// Called by every loop's default_exception_handler, with that loop.
  std::function<void(EventLoop&, const DictPtr&)> unhandled_observer;

  /// The next number of the `Task-N` default names (1 for the first task).
  std::int64_t next_task_number() { return ++task_counter_; }

  EventLoop* running_loop() const { return running_; }
  void set_running_loop(EventLoop* loop) { running_ = loop; }
  /// The loop set by set_event_loop (null when none or set to None).
  const EventLoopPtr& event_loop() const { return event_loop_; }
  void set_event_loop(EventLoopPtr loop) { event_loop_ = std::move(loop); set_called_ = true; }
  /// Whether set_event_loop was ever called (the policy makes a loop on
  /// get_event_loop() only when it was not).
  bool set_event_loop_called() const { return set_called_; }

  /// Keeps a loop made during this runtime until the runtime ends, so that its
  /// futures never outlive it (futures point at their loop, as in CPython).
  void adopt(EventLoopPtr loop) { loops_.push_back(std::move(loop)); }
  const std::vector<EventLoopPtr>& loops_made() const { return loops_; }

 private:
  std::int64_t task_counter_ = 0;
  EventLoop* running_ = nullptr;
  EventLoopPtr event_loop_;
  bool set_called_ = false;
  std::vector<EventLoopPtr> loops_;
};

/// Installs a fresh Runtime for this thread for its lifetime.
class RuntimeScope {
 public:
  RuntimeScope();
  ~RuntimeScope();
  RuntimeScope(const RuntimeScope&) = delete;
  RuntimeScope& operator=(const RuntimeScope&) = delete;
  Runtime& runtime() { return *rt_; }

 private:
  std::unique_ptr<Runtime> rt_;
  Runtime* previous_;
};

// --- asyncio.events functions ---------------------------------------------
/// The running loop; RuntimeError('no running event loop') when none runs.
EventLoop& get_running_loop();
/// The running loop, else the current one; makes and sets one through the
/// factory when set_event_loop was never called (3.11's policy).
EventLoopPtr get_event_loop();
void set_event_loop(EventLoopPtr loop);
EventLoopPtr new_event_loop();

}  // namespace loopspec
