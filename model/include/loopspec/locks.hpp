// asyncio's synchronisation primitives (asyncio.locks, 3.11): Lock, Event,
// Condition, Semaphore, BoundedSemaphore, Barrier.
//
// Each keeps its waiters as a FIFO of futures of its loop (bound on first
// wait, see LoopBinding). Waking a waiter sets its future's result, so the
// woken task runs one iteration later (the future's done callback), and only
// then takes what it was woken for; the rules below say what happens when
// another task or a cancellation gets there first. Make every primitive with
// std::make_shared: its coroutines keep it alive, as a method's frame keeps self.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <string>

#include "loopspec/async_context.hpp"
#include "loopspec/future.hpp"
#include "loopspec/detail/loop_bound.hpp"

namespace loopspec {

/// asyncio.Lock: FIFO and without barging. acquire() takes a free lock at
/// once (no yield) only when no live waiter is queued; otherwise it queues.
/// release() wakes the first waiter, which takes the lock when it runs. A
/// waiter cancelled before it took the lock passes the wake-up on to the next
/// waiter if the lock is still free. `async with lock` acquires and releases.
class Lock : public AcquireReleaseContext {
 public:
  std::string type_name() const override { return "Lock"; }
  /// `<asyncio.locks.Lock object at 0x... [unlocked]>`; `[locked, waiters:2]`
  /// with two futures queued.
  std::string python_repr() const override;

  bool locked() const { return locked_; }
  /// Returns True once acquired.
  Coro acquire() override;
  /// RuntimeError('Lock is not acquired.') when unlocked.
  void release() override;

 private:
  void wake_up_first();

  std::deque<FuturePtr> waiters_;
  bool locked_ = false;
  detail::LoopBinding loop_;
};
using LockPtr = std::shared_ptr<Lock>;

/// asyncio.Event. set() wakes every waiter at once (in arrival order); a
/// clear() right after does not take the wake-up back. wait() on a set event
/// returns True without yielding.
class Event : public Object {
 public:
  std::string type_name() const override { return "Event"; }
  /// `<asyncio.locks.Event object at 0x... [unset, waiters:1]>`, `[set]`.
  std::string python_repr() const override;

  bool is_set() const { return value_; }
  void set();
  void clear() { value_ = false; }
  /// Returns True once set.
  Coro wait();

 private:
  std::deque<FuturePtr> waiters_;
  bool value_ = false;
  detail::LoopBinding loop_;
};
using EventPtr = std::shared_ptr<Event>;

/// asyncio.Condition, over its own Lock or a given one (shared, as in CPython:
/// locked/acquire/release are the lock's).
class Condition : public AcquireReleaseContext {
 public:
  /// A predicate for wait_for: a Python callable returning a value whose
  /// truth decides; exceptions it raises propagate.
  using Predicate = std::function<Value()>;

  explicit Condition(LockPtr lock = nullptr);
  std::string type_name() const override { return "Condition"; }
  /// `<asyncio.locks.Condition object at 0x... [locked]>`: the lock's state
  /// and the condition's own waiters.
  std::string python_repr() const override;

  bool locked() const { return lock_->locked(); }
  Coro acquire() override { return lock_->acquire(); }
  void release() override { lock_->release(); }
  const LockPtr& lock() const { return lock_; }

  /// Releases the lock, waits for a notify, reacquires the lock (even when
  /// cancelled meanwhile) and returns True. RuntimeError('cannot wait on
  /// un-acquired lock') unless locked. A cancellation during the wait
  /// propagates after the lock is reacquired; one during the reacquiring
  /// raises a fresh CancelledError() once the lock is finally held. From
  /// 3.13 a wait that ends in an exception wakes one other waiter first.
  Coro wait();
  /// Calls the predicate, then waits and calls it again until it is true;
  /// returns its last result.
  Coro wait_for(Predicate predicate);
  /// Wakes up to n waiters that are still waiting, first come first served.
  /// RuntimeError('cannot notify on un-acquired lock') unless locked.
  void notify(std::int64_t n = 1);
  /// notify(number of waiters).
  void notify_all();

 private:
  /// notify() without the lock check: CPython's Condition._notify.
  void wake(std::int64_t n);

  LockPtr lock_;
  std::deque<FuturePtr> waiters_;
  detail::LoopBinding loop_;
};
using ConditionPtr = std::shared_ptr<Condition>;

/// asyncio.Semaphore (3.11.7 rules). acquire() decrements a free counter at
/// once; otherwise it queues. release() increments and wakes the first
/// waiter, handing it the permit (the counter is decremented for it at wake-up).
/// A woken waiter cancelled before it runs gives the permit back and wakes the
/// next. locked() is true when the counter is 0 or a live waiter is queued.
class Semaphore : public AcquireReleaseContext {
 public:
  /// ValueError('Semaphore initial value must be >= 0') for a negative value.
  explicit Semaphore(std::int64_t value = 1);
  std::string type_name() const override { return "Semaphore"; }
  /// `<asyncio.locks.Semaphore object at 0x... [unlocked, value:2]>`, or
  /// `[locked, waiters:1]` (the class name is BoundedSemaphore for that one).
  std::string python_repr() const override;

  bool locked() const;
  /// Returns True once a permit is held.
  Coro acquire() override;
  void release() override;

 protected:
  /// Gives a permit to the first waiter not yet woken; false when there is none.
  bool wake_up_next();

  std::int64_t value_;
  std::deque<FuturePtr> waiters_;
  detail::LoopBinding loop_;
};
using SemaphorePtr = std::shared_ptr<Semaphore>;

/// asyncio.BoundedSemaphore: release() raises ValueError('BoundedSemaphore
/// released too many times') when the counter is at its initial value. (A
/// permit handed to a woken waiter is already counted out, so releasing
/// once too often with a waiter pending goes unnoticed, as in 3.11.)
class BoundedSemaphore : public Semaphore {
 public:
  explicit BoundedSemaphore(std::int64_t value = 1) : Semaphore(value), bound_value_(value) {}
  std::string type_name() const override { return "BoundedSemaphore"; }
  void release() override;

 private:
  std::int64_t bound_value_;
};

/// asyncio.Barrier (3.11), built on a Condition as CPython's is: the
/// `parties`-th waiter releases everyone; waiters of the next cycle block
/// until the barrier has drained. reset() and abort() break the waiting
/// parties with BrokenBarrierError('Abort or reset of barrier'); after
/// abort() every wait raises BrokenBarrierError('Barrier aborted').
/// `async with barrier as i` binds wait()'s result.
class Barrier : public AsyncContextManager {
 public:
  /// ValueError('parties must be > 0').
  explicit Barrier(std::int64_t parties);
  std::string type_name() const override { return "Barrier"; }
  /// `<asyncio.locks.Barrier object at 0x... [filling, waiters:1/3]>`;
  /// `[broken]` once broken.
  std::string python_repr() const override;

  /// Returns the arrival index, 0 .. parties-1.
  Coro wait();
  Coro reset();
  Coro abort();
  std::int64_t parties() const { return parties_; }
  /// Parties waiting while the barrier fills; 0 while it drains or resets.
  std::int64_t n_waiting() const;
  bool broken() const { return state_ == State::Broken; }

  /// wait().
  Coro aenter() override;
  /// Does nothing.
  Coro aexit(ExceptionPtr exc) override;

 private:
  enum class State { Filling, Draining, Resetting, Broken };
  Coro block();
  void release_all();
  Coro wait_until_filled();
  void leave();

  ConditionPtr cond_;
  std::int64_t parties_;
  State state_ = State::Filling;
  std::int64_t count_ = 0;
};
using BarrierPtr = std::shared_ptr<Barrier>;

}  // namespace loopspec
