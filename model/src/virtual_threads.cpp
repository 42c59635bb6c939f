// The scenario's other threads (virtual_threads.hpp).
#include "loopspec/virtual_threads.hpp"

#include <pthread.h>

#include <algorithm>
#include <functional>
#include <system_error>
#include <utility>

#include "loopspec/runtime.hpp"

namespace loopspec {
namespace {

// A job's frames may go as deep as the recursion limit lets them.
constexpr std::size_t kThreadStackBytes = std::size_t{64} << 20;

/// Thrown out of a parked thread abandoned at the end of a run. Not a
/// Python exception: it unwinds through the program without running its
/// except or finally blocks, as the model's LoopBlocked does.
struct Abandoned {};

thread_local VirtualThreads::ThreadId this_thread_id = VirtualThreads::kLoopThread;

}  // namespace

struct VirtualThreads::Thread {
  VirtualThreads* owner;
  ThreadId id;
  std::function<void()> body;
  pthread_t os{};
  bool finished = false;
  bool abandoned = false;
  // The runtime's per-thread state of whichever thread does not hold the
  // turn: this one's while it waits, the loop thread's while it runs.
  Runtime::ThreadState state;
};

VirtualThreads::VirtualThreads(Runtime& runtime) : runtime_(runtime) {}

VirtualThreads::~VirtualThreads() { abandon(); }

VirtualThreads::ThreadId VirtualThreads::start(std::function<void()> body) {
  auto t = std::make_unique<Thread>();
  t->owner = this;
  t->id = threads_.size() + 1;
  t->body = std::move(body);
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  int rc = pthread_attr_setstacksize(&attr, kThreadStackBytes);
  if (rc == 0) rc = pthread_create(&t->os, &attr, &VirtualThreads::entry, t.get());
  pthread_attr_destroy(&attr);
  if (rc != 0) throw std::system_error(rc, std::generic_category(), "cannot start a thread of the scenario");
  threads_.push_back(std::move(t));
  runnable_.push_back(threads_.back()->id);
  return threads_.back()->id;
}

void* VirtualThreads::entry(void* thread) {
  auto& t = *static_cast<Thread*>(thread);
  t.owner->run_thread(t);
  return nullptr;
}

void VirtualThreads::run_thread(Thread& t) {
  this_thread_id = t.id;
  RuntimeScope::attach(runtime_);
  try {
    wait_for_turn(t);
    t.body();
  } catch (const Abandoned&) {
  } catch (...) {
    escaped_ = std::current_exception();
  }
  t.finished = true;
  give_turn_back();
}

void VirtualThreads::run_runnable(double now) {
  now_ = now;
  while (!runnable_.empty()) {
    ThreadId id = runnable_.front();
    runnable_.pop_front();
    hand_turn_to(*threads_[id - 1]);
    if (escaped_) std::rethrow_exception(std::exchange(escaped_, nullptr));
    // The main thread runs the Python-level handlers of the signals the
    // thread raised as soon as it runs again.
    runtime_.signals().run_pending_handlers();
  }
}

std::optional<double> VirtualThreads::next_wake() const {
  if (sleepers_.empty()) return std::nullopt;
  return sleepers_.front().wake;
}

void VirtualThreads::wake_at(double when) {
  while (!sleepers_.empty() && sleepers_.front().wake <= when) {
    std::pop_heap(sleepers_.begin(), sleepers_.end(), std::greater<>());
    runnable_.push_back(sleepers_.back().id);
    sleepers_.pop_back();
  }
}

void VirtualThreads::abandon() {
  for (auto& t : threads_) {
    if (!t->finished) {
      t->abandoned = true;
      hand_turn_to(*t);
    }
    pthread_join(t->os, nullptr);
  }
  threads_.clear();
  runnable_.clear();
  sleepers_.clear();
}

bool VirtualThreads::on_virtual_thread() { return this_thread_id != kLoopThread; }

VirtualThreads::ThreadId VirtualThreads::current() { return this_thread_id; }

void VirtualThreads::sleep(double seconds) {
  sleepers_.push_back(Sleeper{now_ + seconds, sleeps_++, current()});
  std::push_heap(sleepers_.begin(), sleepers_.end(), std::greater<>());
  park();
}

void VirtualThreads::park() {
  Thread& t = self();
  give_turn_back();
  wait_for_turn(t);
}

void VirtualThreads::make_runnable(ThreadId id) { runnable_.push_back(id); }

// The loop's thread swaps the per-thread state in and out while it alone
// runs: before it hands the turn over and after it has it back.
void VirtualThreads::hand_turn_to(Thread& t) {
  std::swap(runtime_.thread_state(), t.state);
  if (ThreadObserver* o = runtime_.thread_observer) o->thread_switched(kLoopThread, t.id);
  {
    std::unique_lock lock(mutex_);
    turn_ = t.id;
    turn_changed_.notify_all();
    turn_changed_.wait(lock, [this] { return turn_ == kLoopThread; });
  }
  if (ThreadObserver* o = runtime_.thread_observer) o->thread_switched(t.id, kLoopThread);
  std::swap(runtime_.thread_state(), t.state);
}

void VirtualThreads::give_turn_back() {
  std::lock_guard lock(mutex_);
  turn_ = kLoopThread;
  turn_changed_.notify_all();
}

void VirtualThreads::wait_for_turn(Thread& t) {
  std::unique_lock lock(mutex_);
  turn_changed_.wait(lock, [&] { return turn_ == t.id; });
  if (t.abandoned) throw Abandoned{};
}

}  // namespace loopspec
