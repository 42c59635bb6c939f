// asyncio.Queue, PriorityQueue and LifoQueue (asyncio.queues, 3.11; shutdown
// from 3.13.0).
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>

#include "loopspec/coro.hpp"
#include "loopspec/locks.hpp"

namespace loopspec {

/// asyncio.Queue: FIFO, bounded when maxsize > 0. Make it with
/// std::make_shared (its coroutines keep it alive).
///
/// Waiting getters and putters queue as futures. put_nowait() wakes the
/// first getter still waiting and get_nowait() the first putter (dropping
/// the dead ones on the way); a woken task takes its item (or slot) only when
/// it runs, one iteration later, and waits again if someone else took it
/// first. A getter (putter) cancelled after being woken passes the wake-up on
/// when an item (a slot) is still there. Every put counts an unfinished task
/// until task_done(); join() waits for the count to reach zero.
///
/// shutdown() (3.13; the harness offers it only from 3.13) makes every later
/// put raise QueueShutDown, and every later get once the queue is empty.
class Queue : public Object {
 public:
  explicit Queue(std::int64_t maxsize = 0);
  std::string type_name() const override { return "Queue"; }
  /// `<Queue at 0x... maxsize=0 _queue=[1, 2] _getters[1] tasks=2>`: the
  /// items in storage order (a PriorityQueue's heap as it lies), the waiters
  /// queued (cancelled ones until they leave), the unfinished count, and from
  /// 3.13 ` shutdown`.
  std::string python_repr() const override;
  /// The repr without the address.
  std::optional<std::string> python_str() const override;

  std::int64_t qsize() const { return static_cast<std::int64_t>(items_.size()); }
  std::int64_t maxsize() const { return maxsize_; }
  bool empty() const { return items_.empty(); }
  /// Never full when maxsize <= 0.
  bool full() const;

  bool is_shutdown() const { return shutdown_; }

  /// Waits while full, then put_nowait(item); returns None. QueueShutDown()
  /// when the queue is (or, while waiting, gets) shut down.
  Coro put(Value item);
  /// QueueShutDown() once shut down, else QueueFull() when full.
  void put_nowait(Value item);
  /// Waits while empty, then returns get_nowait(). QueueShutDown() when the
  /// queue is shut down and empty (checked again after each wake-up).
  Coro get();
  /// QueueEmpty() when empty, QueueShutDown() when empty and shut down.
  Value get_nowait();
  /// ValueError('task_done() called too many times') with no unfinished task.
  void task_done();
  /// Returns None once every item put so far has been marked done (no yield
  /// when there is none).
  Coro join();
  /// Queue.shutdown(immediate=False) of 3.13.0: marks the queue shut down;
  /// `immediate` first drops every item, taking one off the unfinished count
  /// for each (never below zero) and setting join()'s event when it reaches
  /// zero. Then wakes every waiting getter, then every waiting putter, in
  /// the order they queued; each re-checks and raises QueueShutDown (a
  /// getter takes an item still there instead). Idempotent but for the
  /// wake-ups, which find no waiter the second time.
  void shutdown(bool immediate = false);

 protected:
  /// _put/_get: the order of the subclasses.
  virtual void put_item(Value item);
  virtual Value get_item();

  std::deque<Value> items_;

 private:
  /// _wakeup_next: pops waiters until one that is still waiting, and wakes it.
  static void wakeup_next(std::deque<FuturePtr>& waiters);
  /// Wakes every waiter still pending, emptying the deque (shutdown).
  static void wakeup_all(std::deque<FuturePtr>& waiters);
  /// shutdown(immediate=True)'s discard: the items go as if each were done.
  void discard_items();
  EventLoop& loop();
  /// Queue._format: what the repr and str show after the class name.
  std::string format() const;

  std::int64_t maxsize_;
  std::deque<FuturePtr> getters_;
  std::deque<FuturePtr> putters_;
  std::int64_t unfinished_tasks_ = 0;
  EventPtr finished_;
  bool shutdown_ = false;
  detail::LoopBinding loop_;
};
using QueuePtr = std::shared_ptr<Queue>;

/// asyncio.PriorityQueue: get() returns the smallest item by Python's `<`,
/// kept with heapq's exact sift steps (so equal items come out in heapq's
/// order). Incomparable items raise TypeError from put.
class PriorityQueue : public Queue {
 public:
  using Queue::Queue;
  std::string type_name() const override { return "PriorityQueue"; }

 protected:
  void put_item(Value item) override;
  Value get_item() override;
};

/// asyncio.LifoQueue: get() returns the newest item.
class LifoQueue : public Queue {
 public:
  using Queue::Queue;
  std::string type_name() const override { return "LifoQueue"; }

 protected:
  Value get_item() override;
};

}  // namespace loopspec
