// asyncio.wait, as_completed and shield, checked against CPython 3.11.7's
// logs for the same programs.
#include <algorithm>

#include "test_support.hpp"

namespace loopspec::test {
namespace {

class WaitTest : public ModelTest {};

Coro job(double delay, Value result, bool fail = false) {
  co_await sleep(delay);
  if (fail) throw PyError(new_exception(exc::ValueError, {result}));
  co_return result;
}

/// sorted(t.get_name() for t in s), as a Python list's repr.
std::string names(const Value& set) {
  std::vector<std::string> out;
  for (const Value& v : set.as<Set>()->items) out.push_back("'" + v.as<Task>()->get_name() + "'");
  std::sort(out.begin(), out.end());
  std::string s;
  for (const auto& n : out) s += (s.empty() ? "" : ", ") + n;
  return "[" + s + "]";
}

std::string done_pending(const Value& r) {
  auto pair = r.as<Tuple>();
  return names(pair->items[0]) + " " + names(pair->items[1]);
}

TEST_F(WaitTest, ReturnWhenModesTimeoutAndErrors) {
  run([](ModelTest& t) -> Coro {
    TaskPtr a = create_task(job(0.1, "a"), "a");
    TaskPtr b = create_task(job(0.2, "b", true), "b");
    TaskPtr c = create_task(job(0.3, "c"), "c");
    Value fs = std::make_shared<List>(std::vector<Value>{a, b, c});
    Value r = co_await wait(fs, None, FIRST_COMPLETED);
    t.note("first " + done_pending(r));
    r = co_await wait(fs, None, FIRST_EXCEPTION);
    t.note("exc " + done_pending(r));
    r = co_await wait(fs, 0.05);
    t.note("timeout " + done_pending(r));
    r = co_await wait(fs);
    t.note("all " + done_pending(r));
    ticks(t, 4);
    Value just_a = std::make_shared<List>(std::vector<Value>{a});
    co_await wait(just_a);
    t.note("done already");
    Coro never = job(0, "x");
    std::vector<Value> bad{std::make_shared<List>(), std::make_shared<List>(std::vector<Value>{never.object()}), a};
    for (const Value& fs_bad : bad) {
      try {
        co_await wait(fs_bad);
      } catch (const PyError& e) {
        t.note(show(e));
      }
    }
    try {
      co_await wait(just_a, None, "X");
    } catch (const PyError& e) {
      t.note(show(e));
    }
    co_return None;
  }(*this));
  EXPECT_EQ(joined(),
            "0.1 first ['a'] ['b', 'c'] | 0.2 exc ['a', 'b'] ['c'] | 0.25 timeout ['a', 'b'] ['c'] | "
            "0.3 all ['a', 'b', 'c'] [] | 0.3 tick 1 | 0.3 tick 2 | 0.3 done already | "
            "0.3 ValueError: Set of Tasks/Futures is empty. | "
            "0.3 TypeError: Passing coroutines is forbidden, use tasks explicitly. | "
            "0.3 TypeError: expect a list of futures, not Task | 0.3 ValueError: Invalid return_when value: X | "
            "0.3 tick 3");
}

// Results come in completion order; at the timeout every remaining await
// raises TimeoutError, and nothing is cancelled.
TEST_F(WaitTest, AsCompletedOrderAndTimeout) {
  run([](ModelTest& t) -> Coro {
    TaskPtr a = create_task(job(0.3, "a"));
    TaskPtr b = create_task(job(0.1, "b"));
    ticks(t, 6);
    Value fs = std::make_shared<List>(std::vector<Value>{a, b, job(0.2, "c").object()});
    AsCompletedPtr it = as_completed(fs, 0.25);
    while (std::optional<Coro> aw = it->next()) {
      try {
        Value r = co_await *aw;
        t.note("got " + show(r));
      } catch (const PyError& e) {
        t.note(show(e));
      }
    }
    t.note("tasks " + std::to_string(all_tasks().size()));
    co_return None;
  }(*this));
  EXPECT_EQ(joined(),
            "0.0 tick 1 | 0.0 tick 2 | 0.0 tick 3 | 0.0 tick 4 | 0.0 tick 5 | 0.0 tick 6 | 0.1 got 'b' | "
            "0.2 got 'c' | 0.25 TimeoutError | 0.25 tasks 2");
}

// 3.13's async form: anext() gives the caller's own task (and the task made
// for a coroutine) as each completes, TimeoutError at the timeout, then
// StopAsyncIteration: one hand-out per awaitable, the timed-out one included.
TEST_F(WaitTest, AsCompletedAsyncFormYieldsTheFuturesThemselves) {
  run([](ModelTest& t) -> Coro {
    TaskPtr a = create_task(job(0.3, "a"));
    TaskPtr b = create_task(job(0.1, "b"));
    Value fs = std::make_shared<List>(std::vector<Value>{a, b, job(0.2, "c").object()});
    AsCompletedPtr it = as_completed(fs, 0.25);
    for (int i = 0; i < 4; ++i) {
      try {
        Value f = co_await it->anext();
        TaskPtr task = f.as<Task>();
        t.note(std::string(task == b ? "b itself " : task == a ? "a itself " : "new task ") + show(task->result()));
      } catch (const PyError& e) {
        t.note(show(e));
      }
    }
    co_return None;
  }(*this));
  EXPECT_EQ(joined(), "0.1 b itself 'b' | 0.2 new task 'c' | 0.25 TimeoutError | 0.25 StopAsyncIteration");
}

// A single future is refused at the call, worded by version (as-completed-expects-awaitables).
TEST_F(WaitTest, AsCompletedRefusesASingleFutureWordedByVersion) {
  run([](ModelTest& t) -> Coro {
    FuturePtr f = get_running_loop().create_future();
    for (int swapped = 0; swapped < 2; ++swapped) {
      if (swapped) Runtime::current().swap_rule(VersionRule::AsCompletedExpectsAwaitables);
      try {
        as_completed(Value(f));
      } catch (const PyError& e) {
        t.note(show(e));
      }
    }
    co_return None;
  }(*this));
  EXPECT_EQ(joined(),
            "0.0 TypeError: expect an iterable of futures, not Future | "
            "0.0 TypeError: expects an iterable of awaitables, not Future");
}

Coro shielded_job(ModelTest& t, double delay) {
  co_await sleep(delay);
  t.note("inner done");
  co_return "r";
}

Coro shield_waiter(ModelTest& t, TaskPtr inner) {
  try {
    FuturePtr outer = shield(inner);
    co_await outer;
  } catch (const PyError&) {
    t.note("outer cancelled");
    throw;
  }
  co_return None;
}

// Cancelling the waiter cancels only the outer future; the inner task runs
// on. A done inner is returned as is. Awaiting through shield costs one
// extra iteration (the inner's done callback).
TEST_F(WaitTest, ShieldProtectsInnerAndCostsOneIteration) {
  run([](ModelTest& t) -> Coro {
    TaskPtr inner = create_task(shielded_job(t, 0.2));
    TaskPtr w = create_task(shield_waiter(t, inner));
    co_await sleep(0.1);
    w->cancel();
    co_await sleep(0.2);
    t.note("inner " + show(inner->result()) + " " + (shield(inner) == inner ? "True" : "False"));
    TaskPtr inner2 = create_task(shielded_job(t, 0.1));
    ticks(t, 5);
    FuturePtr outer = shield(inner2);
    Value r = co_await outer;
    t.note("shielded " + show(r));
    co_return None;
  }(*this));
  EXPECT_EQ(joined(),
            "0.1 outer cancelled | 0.2 inner done | 0.30000000000000004 inner 'r' True | "
            "0.30000000000000004 tick 1 | 0.30000000000000004 tick 2 | 0.30000000000000004 tick 3 | "
            "0.30000000000000004 tick 4 | 0.30000000000000004 tick 5 | 0.4 inner done | 0.4 shielded 'r'");
}

}  // namespace
}  // namespace loopspec::test
