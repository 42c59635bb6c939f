// asyncio.locks (3.11.7): Lock, Event, Condition, Semaphore,
// BoundedSemaphore, Barrier.
//
// Each public coroutine is a lambda coroutine that takes the object by
// shared_ptr, so the frame keeps it alive as Python's frame keeps `self`.
// Python's `try/finally` around an await becomes "remember the error, clean
// up, rethrow": C++ forbids co_await inside a handler.
#include "loopspec/locks.hpp"

#include <algorithm>
#include <functional>

#include "loopspec/event_loop.hpp"
#include "loopspec/reprs.hpp"
#include "loopspec/runtime.hpp"

namespace loopspec {
namespace {

template <class T>
std::shared_ptr<T> self_of(T* obj) {
  return std::static_pointer_cast<T>(obj->shared_from_this());
}

/// `async with cond: body()` for a body that never awaits. The frame keeps
/// `cond` and whatever `body` holds alive.
Coro with_condition_held(ConditionPtr cond, std::function<void()> body) {
  co_await cond->acquire();
  try {
    body();
  } catch (...) {
    cond->release();
    throw;
  }
  cond->release();
  co_return None;
}

/// deque.remove(fut): the first occurrence, by identity (futures compare so).
void erase_one(std::deque<FuturePtr>& waiters, const FuturePtr& fut) {
  auto it = std::find(waiters.begin(), waiters.end(), fut);
  if (it != waiters.end()) waiters.erase(it);
}

/// The waiting half of Lock.acquire and Semaphore.acquire: queues `fut`,
/// awaits it, and takes it off the queue again, woken or not. Returns the
/// exception the wait ended with (null when woken). Awaited inline, it
/// yields only while waiting. `waiters` belongs to an object the caller
/// keeps alive.
Coro wait_in_queue(std::deque<FuturePtr>& waiters, FuturePtr fut) {
  waiters.push_back(fut);
  ExceptionPtr error;
  try {
    co_await fut;
  } catch (const PyError& e) {
    error = e.exception();
  }
  erase_one(waiters, fut);
  co_return error ? Value(error) : Value(None);
}

bool is_cancelled_error(const ExceptionPtr& e) { return e->is_instance_of(exc::CancelledError); }

/// The locks' __repr__: object.__repr__ with the state in brackets, and the
/// number of queued waiters (cancelled ones included, until they leave) when
/// there are any.
std::string state_repr(const Object& o, std::string state, std::size_t waiters) {
  if (waiters) state += ", waiters:" + std::to_string(waiters);
  std::string base = object_repr("asyncio.locks", o.type_name());
  base.pop_back();
  return base + " [" + state + "]>";
}

}  // namespace

// --- Lock ---------------------------------------------------------------------

std::string Lock::python_repr() const { return state_repr(*this, locked_ ? "locked" : "unlocked", waiters_.size()); }

Coro Lock::acquire() {
  return [](LockPtr self) -> Coro {
    // Free and nobody queued who could still take it: no yield at all.
    bool all_cancelled = std::all_of(self->waiters_.begin(), self->waiters_.end(),
                                     [](const FuturePtr& w) { return w->cancelled(); });
    if (!self->locked_ && all_cancelled) {
      self->locked_ = true;
      co_return true;
    }
    FuturePtr fut = self->loop_.get(*self).create_future();
    ExceptionPtr error = (co_await wait_in_queue(self->waiters_, fut)).as<ExceptionObject>();
    if (error) {
      // Woken (or not) and cancelled before taking the lock: if it is still
      // free, the next waiter must not be left asleep.
      if (is_cancelled_error(error) && !self->locked_) self->wake_up_first();
      throw PyError(error);
    }
    self->locked_ = true;
    co_return true;
  }(self_of(this));
}

void Lock::release() {
  if (!locked_) raise(exc::RuntimeError, "Lock is not acquired.");
  locked_ = false;
  wake_up_first();
}

void Lock::wake_up_first() {
  // Only the head is woken, even when it is done already (cancelled): its
  // task then passes the wake-up on when it handles the cancellation.
  if (waiters_.empty()) return;
  const FuturePtr& fut = waiters_.front();
  if (!fut->done()) fut->set_result(true);
}

// --- the acquire/release context -----------------------------------------

Coro AcquireReleaseContext::aenter() {
  return [](std::shared_ptr<AcquireReleaseContext> self) -> Coro {
    co_await self->acquire();
    co_return None;
  }(self_of(this));
}

Coro AcquireReleaseContext::aexit(ExceptionPtr) {
  return [](std::shared_ptr<AcquireReleaseContext> self) -> Coro {
    self->release();
    co_return None;
  }(self_of(this));
}

// --- Event --------------------------------------------------------------------

std::string Event::python_repr() const { return state_repr(*this, value_ ? "set" : "unset", waiters_.size()); }

void Event::set() {
  if (value_) return;
  value_ = true;
  for (const FuturePtr& fut : waiters_) {
    if (!fut->done()) fut->set_result(true);
  }
}

Coro Event::wait() {
  return [](EventPtr self) -> Coro {
    if (self->value_) co_return true;
    FuturePtr fut = self->loop_.get(*self).create_future();
    self->waiters_.push_back(fut);
    try {
      co_await fut;
    } catch (...) {
      erase_one(self->waiters_, fut);
      throw;
    }
    erase_one(self->waiters_, fut);
    co_return true;
  }(self_of(this));
}

// --- Condition ----------------------------------------------------------------

std::string Condition::python_repr() const {
  return state_repr(*this, locked() ? "locked" : "unlocked", waiters_.size());
}

Condition::Condition(LockPtr lock) : lock_(lock ? std::move(lock) : std::make_shared<Lock>()) {}

Coro Condition::wait() {
  return [](ConditionPtr self) -> Coro {
    if (!self->locked()) raise(exc::RuntimeError, "cannot wait on un-acquired lock");
    self->release();
    ExceptionPtr error;  // what the waiting part raised, re-raised after reacquiring
    try {
      FuturePtr fut = self->loop_.get(*self).create_future();
      self->waiters_.push_back(fut);
      try {
        co_await fut;
      } catch (...) {
        erase_one(self->waiters_, fut);
        throw;
      }
      erase_one(self->waiters_, fut);
    } catch (const PyError& e) {
      error = e.exception();
    }
    // The lock must be held again on the way out, however often this task is
    // cancelled meanwhile; such a cancellation is raised at the end: afresh
    // up to 3.12, the last one as it came from 3.13
    // (docs/versions.md#condition-reacquire-keeps-cancel).
    ExceptionPtr cancel;
    while (true) {
      try {
        co_await self->acquire();
        break;
      } catch (const PyError& e) {
        if (!is_cancelled_error(e.exception())) throw;
        cancel = e.exception();
      }
    }
    if (!cancel && !error) co_return true;
    // 3.13: a waiter leaving with an exception passes a wake-up on, so that a
    // notification it may have taken is not lost (3.13's Condition.wait).
    if (Runtime::current().follows(VersionRule::ConditionWaitPassesWakeupOn)) self->wake(1);
    if (cancel && !Runtime::current().follows(VersionRule::ConditionReacquireKeepsCancel)) raise(exc::CancelledError);
    throw PyError(cancel ? cancel : error);
  }(self_of(this));
}

Coro Condition::wait_for(Predicate predicate) {
  return [](ConditionPtr self, Predicate pred) -> Coro {
    Value result = pred();
    while (!truthy(result)) {
      co_await self->wait();
      result = pred();
    }
    co_return result;
  }(self_of(this), std::move(predicate));
}

void Condition::notify(std::int64_t n) {
  if (!locked()) raise(exc::RuntimeError, "cannot notify on un-acquired lock");
  wake(n);
}

void Condition::wake(std::int64_t n) {
  std::int64_t woken = 0;
  for (const FuturePtr& fut : waiters_) {
    if (woken >= n) break;
    // A cancelled waiter does not count: the next one is woken instead.
    if (!fut->done()) {
      ++woken;
      fut->set_result(false);
    }
  }
}

void Condition::notify_all() { notify(static_cast<std::int64_t>(waiters_.size())); }

// --- Semaphore ----------------------------------------------------------------

std::string Semaphore::python_repr() const {
  return state_repr(*this, locked() ? "locked" : "unlocked, value:" + std::to_string(value_), waiters_.size());
}

Semaphore::Semaphore(std::int64_t value) : value_(value) {
  if (value < 0) raise(exc::ValueError, "Semaphore initial value must be >= 0");
}

bool Semaphore::locked() const {
  return value_ == 0 ||
         std::any_of(waiters_.begin(), waiters_.end(), [](const FuturePtr& w) { return !w->cancelled(); });
}

Coro Semaphore::acquire() {
  return [](SemaphorePtr self) -> Coro {
    if (!self->locked()) {
      --self->value_;
      co_return true;
    }
    FuturePtr fut = self->loop_.get(*self).create_future();
    ExceptionPtr error = (co_await wait_in_queue(self->waiters_, fut)).as<ExceptionObject>();
    const bool wakes_every_permit = Runtime::current().follows(VersionRule::SemaphoreWakesEveryFreePermit);
    // Woken with a permit, then cancelled: give the permit back.
    if (error && is_cancelled_error(error) && !fut->cancelled()) {
      ++self->value_;
      if (!wakes_every_permit) self->wake_up_next();
    }
    // Waiters that came while this one was woken queued behind it (FIFO):
    // 3.13 wakes one per free permit on every way out; 3.12 wakes one, on
    // success only (docs/versions.md#semaphore-wakes-every-free-permit).
    if (wakes_every_permit) {
      while (self->value_ > 0 && self->wake_up_next()) {
      }
    } else if (!error && self->value_ > 0) {
      self->wake_up_next();
    }
    if (error) throw PyError(error);
    co_return true;
  }(self_of(this));
}

void Semaphore::release() {
  ++value_;
  wake_up_next();
}

bool Semaphore::wake_up_next() {
  for (const FuturePtr& fut : waiters_) {
    if (!fut->done()) {
      --value_;  // the permit now belongs to the woken waiter
      fut->set_result(true);
      return true;
    }
  }
  return false;
}

void BoundedSemaphore::release() {
  if (value_ >= bound_value_) raise(exc::ValueError, "BoundedSemaphore released too many times");
  Semaphore::release();
}

// --- Barrier ------------------------------------------------------------------

std::string Barrier::python_repr() const {
  static const char* const names[] = {"filling", "draining", "resetting", "broken"};
  std::string state = names[static_cast<int>(state_)];
  // A broken barrier shows no count; the others show who waits of how many.
  if (!broken()) state += ", waiters:" + std::to_string(n_waiting()) + "/" + std::to_string(parties_);
  return state_repr(*this, state, 0);
}

Barrier::Barrier(std::int64_t parties) : cond_(std::make_shared<Condition>()), parties_(parties) {
  if (parties < 1) raise(exc::ValueError, "parties must be > 0");
}

Coro Barrier::wait() {
  return [](BarrierPtr self) -> Coro {
    co_await self->cond_->acquire();  // async with self._cond:
    ExceptionPtr error;
    Value index;
    try {
      co_await self->block();  // while the barrier drains or resets
      std::int64_t i = self->count_++;
      try {
        if (i + 1 == self->parties_) {
          self->release_all();
        } else {
          co_await self->wait_until_filled();
        }
        index = i;
      } catch (...) {
        --self->count_;
        self->leave();
        throw;
      }
      --self->count_;
      self->leave();
    } catch (const PyError& e) {
      error = e.exception();
    }
    self->cond_->release();  // the async with's __aexit__
    if (error) throw PyError(error);
    co_return index;
  }(self_of(this));
}

// The two private coroutines below run inline inside wait(), whose frame
// holds the barrier, so `this` stays valid.
Coro Barrier::block() {
  // Named, not a temporary inside the co_await: g++ 12 destroys a lambda
  // converted to std::function there twice.
  Condition::Predicate settled = [this] { return Value(state_ != State::Draining && state_ != State::Resetting); };
  co_await cond_->wait_for(settled);
  if (state_ == State::Broken) raise(exc::BrokenBarrierError, "Barrier aborted");
  co_return None;
}

void Barrier::release_all() {
  state_ = State::Draining;
  cond_->notify_all();
}

Coro Barrier::wait_until_filled() {
  Condition::Predicate filled = [this] { return Value(state_ != State::Filling); };
  co_await cond_->wait_for(filled);
  if (state_ == State::Broken || state_ == State::Resetting) {
    raise(exc::BrokenBarrierError, "Abort or reset of barrier");
  }
  co_return None;
}

void Barrier::leave() {
  // The last party out lets the next cycle in.
  if (count_ != 0) return;
  if (state_ == State::Resetting || state_ == State::Draining) state_ = State::Filling;
  cond_->notify_all();
}

Coro Barrier::reset() {
  BarrierPtr self = self_of(this);
  return with_condition_held(cond_, [self] {
    self->state_ = self->count_ > 0 ? State::Resetting  // the waiting parties break
                                    : State::Filling;
    self->cond_->notify_all();
  });
}

Coro Barrier::abort() {
  BarrierPtr self = self_of(this);
  return with_condition_held(cond_, [self] {
    self->state_ = State::Broken;
    self->cond_->notify_all();
  });
}

std::int64_t Barrier::n_waiting() const { return state_ == State::Filling ? count_ : 0; }

Coro Barrier::aenter() {
  return [](BarrierPtr self) -> Coro { co_return co_await self->wait(); }(self_of(this));
}

Coro Barrier::aexit(ExceptionPtr) {
  return []() -> Coro { co_return None; }();
}

}  // namespace loopspec
