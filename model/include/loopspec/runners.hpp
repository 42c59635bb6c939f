// asyncio.Runner and asyncio.run.
#pragma once

#include <optional>

#include <functional>

#include "loopspec/event_loop.hpp"
#include "loopspec/signals.hpp"

namespace loopspec {

/// asyncio.Runner (3.11): makes its loop lazily (through `factory`, else
/// new_event_loop() and set_event_loop), runs coroutines as tasks on it, and
/// on close cancels the tasks left over, runs shutdown_asyncgens and
/// shutdown_default_executor, and closes the loop.
/// What Runner.close runs to cancel the tasks left over (default: cancel_all_tasks).
using LeftoverCanceller = std::function<void(EventLoop&)>;

class Runner : public Object {
 public:
  /// `debug`: the loop's debug mode, set when the loop is made; none leaves
  /// the loop's own.
  explicit Runner(LoopFactory factory = nullptr, LeftoverCanceller cancel_leftovers = nullptr,
                  std::optional<bool> debug = std::nullopt)
      : factory_(std::move(factory)), cancel_leftovers_(std::move(cancel_leftovers)), debug_(debug) {}
  std::string type_name() const override { return "Runner"; }

  /// Runs the coroutine to completion as a task on the runner's loop and
  /// returns its result. ValueError for a non-coroutine; RuntimeError when a
  /// loop already runs in this thread or the runner is closed.
  Value run(const Value& coro);
  /// Closes an initialised runner; does nothing to one never used (which stays
  /// usable, as in CPython) or one already closed.
  void close();
  /// Initialises the runner if needed (also what `with Runner()` does on entry).
  EventLoopPtr get_loop();

 private:
  enum class State { Created, Initialized, Closed };
  /// Runner.run's SIGINT handler for one run: installed over the default
  /// handler, restored after if it is still the one in place.
  class SigintGuard {
   public:
    SigintGuard(Runner& runner, const TaskPtr& main);
    ~SigintGuard();
    SigintGuard(const SigintGuard&) = delete;
    SigintGuard& operator=(const SigintGuard&) = delete;

   private:
    std::optional<ProcessSignals::HandlerId> id_;
  };

  void lazy_init();
  /// Runner._on_sigint: the first SIGINT cancels the main task (and wakes
  /// the loop); a later one, or one after main is done, raises
  /// KeyboardInterrupt.
  void on_sigint(Task& main);

  LoopFactory factory_;
  LeftoverCanceller cancel_leftovers_;
  std::optional<bool> debug_;
  EventLoopPtr loop_;
  State state_ = State::Created;
  bool set_event_loop_ = false;
  int interrupt_count_ = 0;
};

/// asyncio.run: RuntimeError inside a running loop, else a fresh Runner
/// (on the loop `loop_factory` makes, when given: 3.12's loop_factory=;
/// in debug mode or not as `debug` says, when given).
Value run(const Value& main, LeftoverCanceller cancel_leftovers = nullptr, LoopFactory loop_factory = nullptr,
          std::optional<bool> debug = std::nullopt);

/// runners._cancel_all_tasks: cancels the loop's pending tasks, waits for them
/// with gather(return_exceptions=True), and reports those that raised.
void cancel_all_tasks(EventLoop& loop);

}  // namespace loopspec
