// asyncio.Runner and asyncio.run (3.11).
#include "loopspec/runners.hpp"

#include "loopspec/runtime.hpp"
#include "loopspec/tasks.hpp"

namespace loopspec {
namespace {

/// What Runner.close gives the default executor to finish its jobs:
/// constants.THREAD_JOIN_TIMEOUT seconds since 3.12, no bound before.
Value executor_join_timeout() {
  if (Runtime::current().python() < PythonVersion::v3_12) return None;
  return Value(300);
}

}  // namespace

void Runner::lazy_init() {
  if (state_ == State::Closed) raise(exc::RuntimeError, "Runner is closed");
  if (state_ == State::Initialized) return;
  if (factory_) {
    loop_ = factory_();
    Runtime::current().adopt(loop_);
  } else {
    loop_ = new_event_loop();
    if (!set_event_loop_) {
      set_event_loop(loop_);
      set_event_loop_ = true;
    }
  }
  if (debug_) loop_->set_debug(*debug_);
  state_ = State::Initialized;
}

EventLoopPtr Runner::get_loop() {
  lazy_init();
  return loop_;
}

Value Runner::run(const Value& coro) {
  auto c = coro.as<CoroutineObject>();
  if (!c) raise(exc::ValueError, "a coroutine was expected, got " + repr(coro));
  if (Runtime::current().running_loop()) {
    raise(exc::RuntimeError, "Runner.run() cannot be called from a running event loop");
  }
  lazy_init();
  TaskPtr task = loop_->create_task(Coro(c));
  SigintGuard sigint(*this, task);
  interrupt_count_ = 0;
  try {
    return loop_->run_until_complete(task);
  } catch (const PyError& e) {
    // A main task cancelled by Ctrl-C, and not uncancelled by its own code
    // since, ends the run as KeyboardInterrupt.
    if (e.exception()->is_instance_of(exc::CancelledError) && interrupt_count_ > 0 && task->uncancel() == 0) {
      raise(exc::KeyboardInterrupt);
    }
    throw;
  }
}

Runner::SigintGuard::SigintGuard(Runner& runner, const TaskPtr& main) {
  // Only over Python's own default_int_handler: a handler the program
  // installed keeps its SIGINT.
  ProcessSignals& signals = Runtime::current().signals();
  if (!signals.has_default_handler(signal_number::kSIGINT)) return;
  id_ = signals.set_handler(signal_number::kSIGINT, [&runner, main](int) { runner.on_sigint(*main); });
}

Runner::SigintGuard::~SigintGuard() {
  ProcessSignals& signals = Runtime::current().signals();
  if (id_ && signals.handler_is(signal_number::kSIGINT, *id_)) signals.restore_default(signal_number::kSIGINT);
}

void Runner::on_sigint(Task& main) {
  ++interrupt_count_;
  if (interrupt_count_ == 1 && !main.done()) {
    main.cancel();
    // Wakes a loop blocked in select() for long; a no-op callback.
    loop_->call_soon_threadsafe([] {});
    return;
  }
  raise(exc::KeyboardInterrupt);
}

void Runner::close() {
  if (state_ != State::Initialized) return;
  EventLoopPtr loop = loop_;
  auto finish = [&] {
    if (set_event_loop_) set_event_loop(nullptr);
    loop->close();
    loop_ = nullptr;
    state_ = State::Closed;
  };
  try {
    if (cancel_leftovers_) {
      cancel_leftovers_(*loop);
    } else {
      cancel_all_tasks(*loop);
    }
    loop->run_until_complete(Value(loop->shutdown_asyncgens().object()));
    loop->run_until_complete(Value(loop->shutdown_default_executor(executor_join_timeout()).object()));
  } catch (...) {
    finish();
    throw;
  }
  finish();
}

Value run(const Value& main, LeftoverCanceller cancel_leftovers, LoopFactory loop_factory, std::optional<bool> debug) {
  if (Runtime::current().running_loop()) {
    raise(exc::RuntimeError, "asyncio.run() cannot be called from a running event loop");
  }
  Runner runner(std::move(loop_factory), std::move(cancel_leftovers), debug);
  runner.get_loop();
  Value result;
  try {
    result = runner.run(main);
  } catch (...) {
    runner.close();
    throw;
  }
  runner.close();
  return result;
}

void cancel_all_tasks(EventLoop& loop) {
  std::vector<TaskPtr> to_cancel = all_tasks(&loop);
  // all_tasks() is a set, walked three times below in one order.
  settle_order(loop.order_chooser(), OpenOrder::SetIteration, to_cancel.begin(), to_cancel.end());
  if (to_cancel.empty()) return;
  std::vector<Value> aws;
  for (auto& t : to_cancel) {
    t->cancel();
    aws.emplace_back(t);
  }
  loop.run_until_complete(Value(gather(aws, true)));
  for (auto& t : to_cancel) {
    if (t->cancelled()) continue;
    if (ExceptionPtr e = t->exception()) {
      auto context = std::make_shared<Dict>();
      context->set("message", "unhandled exception during asyncio.run() shutdown");
      context->set("exception", e);
      context->set("task", t);
      loop.call_exception_handler(context);
    }
  }
}

}  // namespace loopspec
