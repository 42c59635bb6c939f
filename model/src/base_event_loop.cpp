// BaseEventLoop (base_event_loop.hpp): BaseEventLoop.run_forever, stop,
// close and _run_once.
#include "loopspec/base_event_loop.hpp"

#include <chrono>
#include <stdexcept>
#include <string>
#include <utility>

#include "loopspec/detail/recycler.hpp"
#include "loopspec/runtime.hpp"

namespace loopspec {

BaseEventLoop::BaseEventLoop(OrderChooserPtr orders) : orders_(std::move(orders)) {
  sched_.set_order_chooser(orders_.get());
}

BaseEventLoop::~BaseEventLoop() { abandon_unfinished(); }

HandlePtr BaseEventLoop::call_soon(Callback cb) {
  check_closed();
  return sched_.push_ready(std::allocate_shared<Handle>(detail::RecyclingAllocator<Handle>(), *this, std::move(cb)));
}

TimerHandlePtr BaseEventLoop::call_at(double when, Callback cb) {
  check_closed();
  return sched_.push_timer(
      std::allocate_shared<TimerHandle>(detail::RecyclingAllocator<TimerHandle>(), *this, when, std::move(cb)));
}

void BaseEventLoop::run_forever() {
  try {
    check_closed();
    check_running();
  } catch (const PyError&) {
    // 3.13.0 makes these checks inside the try whose finally cleans up, so a
    // refused run resets the loop that *is* running and clears the running
    // loop: a bug of that release (docs/versions.md#run-forever-refusal-resets).
    if (Runtime::current().follows(VersionRule::RunForeverRefusalResets)) end_run();
    throw;
  }
  running_.store(true, std::memory_order_relaxed);
  Runtime::current().set_running_loop(this);
  struct Reset {
    BaseEventLoop* loop;
    ~Reset() { loop->end_run(); }
  } reset{this};
  do {
    run_once();
  } while (!stopping_);
}

void BaseEventLoop::end_run() {
  stopping_ = false;
  running_.store(false, std::memory_order_relaxed);
  Runtime::current().set_running_loop(nullptr);
}

void BaseEventLoop::run_once() {
  sched_.drop_cancelled_timers();
  // A readable self-pipe makes select() a poll.
  auto events = select(self_pipe_.empty() ? sched_.select_timeout(stopping_, [this] { return time(); }) : 0.0);
  if (!self_pipe_.empty()) {
    // _process_events: the self-pipe, registered first, comes first; all of
    // it before the due timers.
    if (!self_pipe_reader_) self_pipe_reader_ = std::make_shared<Handle>(*this, [this] { read_from_self(); });
    sched_.push_ready(self_pipe_reader_);
  }
  process_events(events);
  move_due_timers();
  run_ready_batch();
}

std::vector<detail::IoSelector::Event> BaseEventLoop::select(const std::optional<double>& timeout) {
  VirtualThreads& threads = Runtime::current().threads();
  if (threads.idle() && io_.empty() && children_.empty()) {
    wait(timeout);
    return {};
  }
  std::optional<double> deadline;
  if (timeout) deadline = time() + *timeout;
  bool clock_moved = false;
  for (;;) {
    if (!threads.idle()) threads.run_runnable(time());
    Runtime::current().children().settle();
    std::vector<detail::IoSelector::Event> events = io_.poll();
    // What the threads queued, the wake-up byte they wrote, or a ready
    // descriptor ends the wait.
    if (sched_.ready_count() > 0 || !self_pipe_.empty() || !events.empty()) {
      wait(0.0);
      return events;
    }
    if (wait_for_children() || io_.wait_while_in_flight()) continue;
    std::optional<double> wake = threads.next_wake();
    if (!wake || (deadline && *wake > *deadline)) break;
    // A wake time the clock has passed (the loop's thread slept meanwhile)
    // wakes the thread where the clock stands: it never goes back.
    if (*wake > time()) {
      wait_until(*wake);
      clock_moved = true;
    }
    threads.wake_at(*wake);
  }
  if (!clock_moved || !deadline) {
    wait(timeout);
  } else {
    wait_until(*deadline);
  }
  if (wait_watches_descriptors()) return io_.poll();
  return {};
}

bool BaseEventLoop::wait_for_children() {
  using Clock = std::chrono::steady_clock;
  const auto give_up = Clock::now() + std::chrono::seconds(30);
  while (!children_.empty()) {
    if (report_child() || io_.wait_for_any(std::chrono::milliseconds(1))) return true;
    if (Clock::now() > give_up) throw std::runtime_error("the loop waited 30 s of real time for a child process");
  }
  return false;
}

bool BaseEventLoop::report_child() {
  detail::ChildProcesses& table = Runtime::current().children();
  for (auto it = children_.begin(); it != children_.end(); ++it) {
    SubprocessTransportPtr transport = *it;
    std::optional<int> returncode = table.returncode(transport->get_pid());
    if (!returncode || transport->reading_output()) continue;
    children_.erase(it);
    table.reap(transport->get_pid());
    // _child_watcher_callback: 3.11 puts one more iteration between the
    // report and the transport (docs/versions.md#child-exit-in-one-hop).
    if (Runtime::current().follows(VersionRule::ChildExitInOneHop)) {
      call_soon_threadsafe([transport, rc = *returncode] { transport->process_exited(rc); });
    } else {
      call_soon_threadsafe([this, transport, rc = *returncode] {
        call_soon([transport, rc] { transport->process_exited(rc); });
      });
    }
    return true;
  }
  return false;
}

void BaseEventLoop::process_events(const std::vector<detail::IoSelector::Event>& events) {
  for (const auto& e : events) {
    if (e.reader) {
      if (e.reader->cancelled()) remove_reader(e.fd);
      else sched_.push_ready(e.reader);
    }
    if (e.writer) {
      if (e.writer->cancelled()) remove_writer(e.fd);
      else sched_.push_ready(e.writer);
    }
  }
}

namespace {

/// selectors' _fileobj_to_fd: a closed socket's fileno() is -1.
void check_fd(int fd) {
  if (fd < 0) raise(exc::ValueError, "Invalid file descriptor: " + std::to_string(fd));
}

}  // namespace

HandlePtr BaseEventLoop::add_io(int fd, Callback cb, bool reader) {
  check_closed();
  check_fd(fd);
  auto handle = std::make_shared<Handle>(*this, std::move(cb));
  HandlePtr old = reader ? io_.set_reader(fd, handle) : io_.set_writer(fd, handle);
  if (old) old->cancel();
  return handle;
}

bool BaseEventLoop::remove_io(int fd, bool reader) {
  if (is_closed()) return false;
  check_fd(fd);
  HandlePtr old = reader ? io_.take_reader(fd) : io_.take_writer(fd);
  if (!old) return false;
  old->cancel();
  return true;
}

HandlePtr BaseEventLoop::call_soon_threadsafe(Callback cb) {
  HandlePtr h = call_soon(std::move(cb));
  // From another thread CPython also writes a byte to the self-pipe, which
  // the next select finds (docs/outside-world.md#threads).
  if (VirtualThreads::on_virtual_thread()) self_pipe_.push_back(kWakeUpByte);
  return h;
}

void BaseEventLoop::read_from_self() {
  while (!self_pipe_.empty()) {
    int sig = self_pipe_.front();
    self_pipe_.pop_front();
    if (sig == kWakeUpByte) continue;
    // A signal whose handler was removed since it arrived is dropped
    // (_handle_signal's "race condition").
    if (HandlePtr handler = signal_handler(sig)) sched_.push_ready(std::move(handler));
  }
}

HandlePtr BaseEventLoop::add_signal_handler(int sig, Callback cb) {
  check_closed();
  ProcessSignals& signals = Runtime::current().signals();
  signals.set_wakeup(std::static_pointer_cast<EventLoop>(shared_from_this()));
  auto handle = std::make_shared<Handle>(*this, std::move(cb));
  if (!ProcessSignals::catchable(sig)) {
    if (signal_handlers_.empty()) signals.clear_wakeup();
    raise(exc::RuntimeError, "sig " + std::to_string(sig) + " cannot be caught");
  }
  signal_handlers_[sig] = handle;
  // _sighandler_noop: Python handles the signal, so its C handler writes the
  // wake-up byte; the Python-level handler itself does nothing.
  signals.set_handler(sig, [](int) {});
  return handle;
}

HandlePtr BaseEventLoop::signal_handler(int sig) const {
  auto it = signal_handlers_.find(sig);
  return it == signal_handlers_.end() ? nullptr : it->second;
}

bool BaseEventLoop::remove_signal_handler(int sig) {
  if (signal_handlers_.erase(sig) == 0) return false;
  ProcessSignals& signals = Runtime::current().signals();
  signals.restore_default(sig);
  if (signal_handlers_.empty()) signals.clear_wakeup();
  return true;
}

void BaseEventLoop::wait(std::optional<double> timeout) {
  if (!timeout) throw LoopBlocked();
  virtual_now_ = virtual_now_ + *timeout;
}

void BaseEventLoop::wait_until(double when) { virtual_now_ = when; }

void BaseEventLoop::close() {
  if (is_running()) raise(exc::RuntimeError, "Cannot close a running event loop");
  if (!is_closed()) {
    closed_.store(true, std::memory_order_relaxed);
    sched_.clear();
    self_pipe_.clear();
    io_.clear();  // the selector closes with the loop
    close_default_executor();
  }
  // The Unix loop's close removes its signal handlers, closed before or not.
  while (!signal_handlers_.empty()) remove_signal_handler(signal_handlers_.begin()->first);
}

}  // namespace loopspec
