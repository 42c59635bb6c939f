// asyncio.locks orderings, each checked against the log CPython 3.11.7
// produces for the same program written in Python.
#include "test_support.hpp"

namespace loopspec::test {
namespace {

class LocksTest : public ModelTest {};

bool is_cancelled(const PyError& e) { return e.exception()->is_instance_of(exc::CancelledError); }

// --- Lock ---------------------------------------------------------------------

// async with lock: note acquired; sleep(0.1)   (b is cancelled while queued)
Coro lock_worker(ModelTest& t, LockPtr lock, std::string name) {
  try {
    co_await lock->acquire();
  } catch (const PyError& e) {
    if (is_cancelled(e)) t.note(name + " cancelled");
    throw;
  }
  t.note(name + " acquired");
  co_await sleep(0.1);
  lock->release();
  co_return None;
}

TEST_F(LocksTest, LockIsFifoAndSkipsCancelledWaiter) {
  run([](ModelTest& t) -> Coro {
    auto lock = std::make_shared<Lock>();
    TaskPtr a = create_task(lock_worker(t, lock, "a"));
    TaskPtr b = create_task(lock_worker(t, lock, "b"));
    TaskPtr c = create_task(lock_worker(t, lock, "c"));
    co_await sleep(0.05);
    b->cancel();
    std::vector<TaskPtr> all{a, b, c};
    co_await gather_all(all, true);
    t.note(std::string("locked ") + (lock->locked() ? "True" : "False"));
    co_return None;
  }(*this));
  EXPECT_EQ(joined(), "0.0 a acquired | 0.05 b cancelled | 0.1 c acquired | 0.2 locked False");
}

Coro lock_waiter(ModelTest& t, LockPtr lock, std::string name) {
  try {
    co_await lock->acquire();
    t.note(name + " acquired");
    lock->release();
  } catch (const PyError& e) {
    if (!is_cancelled(e)) throw;
    t.note(name + " cancelled");
  }
  co_return None;
}

// release() wakes a; a is cancelled in the same iteration: when a handles the
// cancellation it wakes b, which takes the lock one iteration later.
TEST_F(LocksTest, LockWokenWaiterCancelledWakesNext) {
  run([](ModelTest& t) -> Coro {
    auto lock = std::make_shared<Lock>();
    co_await lock->acquire();
    TaskPtr a = create_task(lock_waiter(t, lock, "a"));
    TaskPtr b = create_task(lock_waiter(t, lock, "b"));
    co_await sleep(0);
    ticks(t, 4);
    lock->release();
    a->cancel();
    std::vector<TaskPtr> all{a, b};
    co_await gather_all(all);
    co_return None;
  }(*this));
  EXPECT_EQ(joined(), "0.0 tick 1 | 0.0 a cancelled | 0.0 tick 2 | 0.0 b acquired | 0.0 tick 3 | 0.0 tick 4");
}

TEST_F(LocksTest, LockUncontendedAcquireDoesNotYield) {
  run([](ModelTest& t) -> Coro {
    auto lock = std::make_shared<Lock>();
    ticks(t, 2);
    co_await lock->acquire();
    t.note("acquired");
    lock->release();
    try {
      lock->release();
    } catch (const PyError& e) {
      t.note(show(e));
    }
    co_await sleep(0);
    co_return None;
  }(*this));
  EXPECT_EQ(joined(), "0.0 acquired | 0.0 RuntimeError: Lock is not acquired. | 0.0 tick 1 | 0.0 tick 2");
}

// --- Event --------------------------------------------------------------------

Coro event_waiter(ModelTest& t, EventPtr ev, std::string name) {
  Value r = co_await ev->wait();
  t.note(name + " woke " + show(r));
  co_return None;
}

TEST_F(LocksTest, EventSetWakesAllInOrderDespiteClear) {
  run([](ModelTest& t) -> Coro {
    auto ev = std::make_shared<Event>();
    std::vector<TaskPtr> ts;
    for (const char* n : {"a", "b", "c"}) ts.push_back(create_task(event_waiter(t, ev, n)));
    co_await sleep(0);
    ticks(t, 3);
    ev->set();
    ev->clear();
    co_await gather_all(ts);
    t.note(std::string("is_set ") + (ev->is_set() ? "True" : "False"));
    co_return None;
  }(*this));
  EXPECT_EQ(joined(),
            "0.0 tick 1 | 0.0 a woke True | 0.0 b woke True | 0.0 c woke True | 0.0 tick 2 | 0.0 tick 3 | "
            "0.0 is_set False");
}

// --- Condition ----------------------------------------------------------------

Coro cond_waiter(ModelTest& t, ConditionPtr cond, std::string name) {
  co_await cond->aenter();
  std::string locked;
  try {
    Value r = co_await cond->wait();
    t.note(name + " woke " + show(r) + " locked=" + (cond->locked() ? "True" : "False"));
  } catch (const PyError& e) {
    if (!is_cancelled(e)) throw;
    t.note(name + " cancelled locked=" + (cond->locked() ? "True" : "False"));
    cond->release();
    throw;
  }
  co_await cond->aexit(nullptr);
  co_return None;
}

TEST_F(LocksTest, ConditionNotifySkipsCancelledAndReacquires) {
  run([](ModelTest& t) -> Coro {
    auto cond = std::make_shared<Condition>();
    std::vector<TaskPtr> ts;
    for (const char* n : {"a", "b", "c", "d"}) ts.push_back(create_task(cond_waiter(t, cond, n)));
    co_await sleep(0);
    ts[0]->cancel();
    co_await cond->aenter();
    cond->notify(2);
    co_await cond->aexit(nullptr);
    co_await sleep(0.1);
    co_await cond->aenter();
    cond->notify_all();
    co_await cond->aexit(nullptr);
    co_await gather_all(ts, true);
    try {
      cond->notify();
    } catch (const PyError& e) {
      t.note(show(e));
    }
    co_return None;
  }(*this));
  EXPECT_EQ(joined(),
            "0.0 a cancelled locked=True | 0.0 b woke True locked=True | 0.0 c woke True locked=True | "
            "0.1 d woke True locked=True | 0.1 RuntimeError: cannot notify on un-acquired lock");
}

TEST_F(LocksTest, ConditionWaitForChecksPredicateAfterEveryWakeUp) {
  auto items = std::make_shared<std::vector<int>>();
  run([](ModelTest& t, std::shared_ptr<std::vector<int>> items) -> Coro {
    auto cond = std::make_shared<Condition>();
    auto consumer = [](ModelTest& t, ConditionPtr cond, std::shared_ptr<std::vector<int>> items) -> Coro {
      co_await cond->aenter();
      // Named: g++ 12 destroys a capturing lambda converted to std::function
      // inside a co_await expression twice.
      Condition::Predicate enough = [&t, items]() -> Value {
        t.note("pred " + std::to_string(items->size()));
        if (items->size() >= 2) return static_cast<std::int64_t>(items->size());
        return false;
      };
      Value r = co_await cond->wait_for(enough);
      t.note("consumer got " + show(r));
      co_await cond->aexit(nullptr);
      co_return None;
    };
    TaskPtr c = create_task(consumer(t, cond, items));
    for (int i = 0; i < 3; ++i) {
      co_await sleep(0.1);
      co_await cond->aenter();
      items->push_back(i);
      cond->notify();
      co_await cond->aexit(nullptr);
    }
    co_await c;
    co_return None;
  }(*this, items));
  EXPECT_EQ(joined(), "0.0 pred 0 | 0.1 pred 1 | 0.2 pred 2 | 0.2 consumer got 2");
}

// --- Semaphore ----------------------------------------------------------------

Coro sem_waiter(ModelTest& t, SemaphorePtr sem, std::string name) {
  try {
    co_await sem->acquire();
    t.note(name + " acquired locked=" + (sem->locked() ? "True" : "False"));
  } catch (const PyError& e) {
    if (!is_cancelled(e)) throw;
    t.note(name + " cancelled");
  }
  co_return None;
}

TEST_F(LocksTest, SemaphoreWokenWaiterCancelledPassesPermit) {
  run([](ModelTest& t) -> Coro {
    auto sem = std::make_shared<Semaphore>(1);
    co_await sem->acquire();
    TaskPtr a = create_task(sem_waiter(t, sem, "a"));
    TaskPtr b = create_task(sem_waiter(t, sem, "b"));
    co_await sleep(0);
    t.note(std::string("locked ") + (sem->locked() ? "True" : "False"));
    sem->release();
    a->cancel();
    std::vector<TaskPtr> all{a, b};
    co_await gather_all(all);
    t.note(std::string("locked ") + (sem->locked() ? "True" : "False"));
    co_return None;
  }(*this));
  EXPECT_EQ(joined(), "0.0 locked True | 0.0 a cancelled | 0.0 b acquired locked=True | 0.0 locked True");
}

TEST_F(LocksTest, BoundedSemaphoreRejectsExtraRelease) {
  run([](ModelTest& t) -> Coro {
    auto sem = std::make_shared<BoundedSemaphore>(2);
    co_await sem->aenter();
    t.note(std::string("inside locked=") + (sem->locked() ? "True" : "False"));
    co_await sem->aexit(nullptr);
    try {
      sem->release();
    } catch (const PyError& e) {
      t.note(show(e));
    }
    co_return None;
  }(*this));
  EXPECT_EQ(joined(), "0.0 inside locked=False | 0.0 ValueError: BoundedSemaphore released too many times");
  EXPECT_THROW(Semaphore(-1), PyError);
}

// --- Barrier ------------------------------------------------------------------

Coro barrier_waiter(ModelTest& t, BarrierPtr b, std::string name) {
  try {
    Value i = co_await b->wait();
    t.note(name + " index " + show(i));
  } catch (const PyError& e) {
    if (!e.exception()->is_instance_of(exc::BrokenBarrierError)) throw;
    t.note(name + " broken " + show(e));
  }
  co_return None;
}

TEST_F(LocksTest, BarrierIndicesThenAbortBreaksWaiters) {
  run([](ModelTest& t) -> Coro {
    auto b = std::make_shared<Barrier>(3);
    std::vector<TaskPtr> ts;
    for (const char* n : {"a", "b", "c"}) ts.push_back(create_task(barrier_waiter(t, b, n)));
    co_await sleep(0);
    t.note("n_waiting " + std::to_string(b->n_waiting()));
    co_await gather_all(ts);
    ts.clear();
    for (const char* n : {"d", "e"}) ts.push_back(create_task(barrier_waiter(t, b, n)));
    co_await sleep(0);
    t.note("n_waiting " + std::to_string(b->n_waiting()));
    co_await b->abort();
    co_await gather_all(ts);
    t.note(std::string("broken ") + (b->broken() ? "True" : "False"));
    co_await barrier_waiter(t, b, "f");
    co_return None;
  }(*this));
  EXPECT_EQ(joined(),
            "0.0 c index 2 | 0.0 n_waiting 0 | 0.0 a index 0 | 0.0 b index 1 | 0.0 n_waiting 2 | "
            "0.0 d broken BrokenBarrierError: Abort or reset of barrier | "
            "0.0 e broken BrokenBarrierError: Abort or reset of barrier | 0.0 broken True | "
            "0.0 f broken BrokenBarrierError: Barrier aborted");
}

}  // namespace
}  // namespace loopspec::test
