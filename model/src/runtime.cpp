// The asyncio module's per-thread state and the asyncio.events functions.
#include "loopspec/runtime.hpp"

#include "loopspec/reference_loop.hpp"
#include "loopspec/socket.hpp"

namespace loopspec {
namespace {
thread_local Runtime* installed = nullptr;
}  // namespace

Runtime& Runtime::current() {
  if (installed) return *installed;
  // Declared after the test: only a thread without a scope pays the check
  // that a function-local thread_local has been made (the hot paths call
  // current() several times per task step).
  thread_local Runtime fallback;
  return fallback;
}

void Runtime::enter_frame() {
  if (thread_.frames >= kRecursionLimit) raise(exc::RecursionError, "maximum recursion depth exceeded");
  ++thread_.frames;
}

RuntimeScope::RuntimeScope(PythonVersion python)
    : rt_(std::make_unique<Runtime>(python)), previous_(installed) {
  installed = rt_.get();
}

void RuntimeScope::attach(Runtime& rt) { installed = &rt; }

RuntimeScope::~RuntimeScope() {
  // Threads still parked hold frames of the run: they go before the loops.
  rt_->threads().abandon();
  // Loops made during the scope may hold tasks and futures that can never
  // finish; their frames and callbacks form cycles only the loop can break.
  for (const auto& loop : rt_->loops_made()) {
    if (!loop->is_running()) loop->abandon_unfinished();
  }
  // A program that never closed its sockets (it ended blocked, or its
  // objects form a cycle, which no collector frees here) would keep their
  // descriptors open in a process that runs thousands of programs, past
  // what select(2) can watch; CPython's runner ends with its child process.
  for (const auto& weak : rt_->sockets_made()) {
    if (SocketPtr s = weak.lock()) s->close();
  }
  rt_->descriptors().close_all();
  installed = previous_;
}

EventLoop& get_running_loop() {
  EventLoop* loop = Runtime::current().running_loop();
  if (!loop) raise(exc::RuntimeError, "no running event loop");
  return *loop;
}

EventLoopPtr get_event_loop() {
  Runtime& rt = Runtime::current();
  if (EventLoop* running = rt.running_loop()) {
    return std::static_pointer_cast<EventLoop>(running->shared_from_this());
  }
  // The default policy makes a loop on first use in the main thread only while
  // set_event_loop was never called (3.12+ also warn: not part of the trace).
  if (!rt.event_loop() && !rt.set_event_loop_called()) set_event_loop(new_event_loop());
  if (!rt.event_loop()) raise(exc::RuntimeError, "There is no current event loop in thread 'MainThread'.");
  return rt.event_loop();
}

void set_event_loop(EventLoopPtr loop) { Runtime::current().set_event_loop(std::move(loop)); }

EventLoopPtr new_event_loop() {
  Runtime& rt = Runtime::current();
  EventLoopPtr loop = rt.loop_factory ? rt.loop_factory() : make_reference_loop();
  rt.adopt(loop);
  return loop;
}

}  // namespace loopspec
