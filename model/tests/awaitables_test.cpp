// Task.__step's error paths, ensure_future of other awaitables, and
// TimerHandle's comparisons (issue 19).
#include "test_support.hpp"

#include "loopspec/compare.hpp"

namespace loopspec::test {
namespace {

using AwaitablesTest = ModelTest;

Coro returns_value(Value v) { co_return v; }

/// What awaiting an iterator that yields `repr` once looks like to the task.
Coro yields_value(std::string repr) {
  YieldValue y{{std::move(repr)}};
  co_await y;
  co_return Value("resumed without error");
}

TEST_F(AwaitablesTest, BadYieldIsThrownBackOnTheNextIteration) {
  auto main = [this]() -> Coro {
    ticks(*this, 2);
    try {
      co_await yields_value("(5,)");
      note("no error");
    } catch (const PyError& e) {
      note(show(e));
    }
    co_return None;
  };
  run(main());
  // The error comes one iteration later, after the callback queued first.
  EXPECT_EQ(joined(), "0.0 tick 1 | 0.0 RuntimeError: Task got bad yield: (5,) | 0.0 tick 2");
}

TEST_F(AwaitablesTest, UncaughtBadYieldFailsTheTask) {
  auto main = [this]() -> Coro {
    TaskPtr t = create_task(yields_value("(0, 'a')"));
    co_await sleep(0.0);
    co_await sleep(0.0);
    note(t->done() ? show_exc(t->exception()) : "pending");
    co_return None;
  };
  run(main());
  EXPECT_EQ(joined(), "0.0 RuntimeError: Task got bad yield: (0, 'a')");
}

/// What awaiting an iterator that yields `fut` itself (not through its
/// `__await__`) looks like to the task.
Coro yields_unblocked(FuturePtr fut) {
  YieldUnblocked y{std::move(fut)};
  co_await y;
  co_return Value("resumed without error");
}

TEST_F(AwaitablesTest, UnblockedFutureIsAnErrorNotAWait) {
  auto main = [this]() -> Coro {
    FuturePtr fut = loop_->create_future();
    try {
      co_await yields_unblocked(fut);
      note("no error");
    } catch (const PyError& e) {
      note(show(e));
    }
    note(fut->done() ? "done" : "still pending");
    co_return None;
  };
  run(main());
  // Without repr hooks the task and the future show as plain objects.
  EXPECT_EQ(joined(),
            "0.0 RuntimeError: yield was used instead of yield from in task <Task object> with <Future object> | "
            "0.0 still pending");
}

TEST_F(AwaitablesTest, YieldedGeneratorHasItsOwnMessage) {
  auto main = [this]() -> Coro {
    YieldValue y{{"<generator object g>", true}};
    try {
      co_await y;
    } catch (const PyError& e) {
      note(show(e));
    }
    co_return None;
  };
  run(main());
  EXPECT_EQ(joined(), "0.0 RuntimeError: yield was used instead of yield from for generator in task <Task object> "
                      "with <generator object g>");
}

TEST_F(AwaitablesTest, EnsureFutureWithoutAdapterRefusesOtherValues) {
  auto main = []() -> Coro {
    try {
      ensure_future(Value(5));
    } catch (const PyError& e) {
      co_return Value(show(e));
    }
    co_return None;
  };
  EXPECT_EQ(run(main()).as_str(), "TypeError: An asyncio.Future, a coroutine or an awaitable is required");
}

TEST_F(AwaitablesTest, EnsureFutureRunsTheAdaptersCoroutineAsATask) {
  std::vector<std::string> asked;
  scope_.runtime().awaitable_adapter = [&asked](const Value& v) -> Coro {
    asked.push_back(repr(v));
    if (v.is_str()) return returns_value(v);
    return Coro();
  };
  auto main = []() -> Coro {
    FuturePtr f = ensure_future(Value("awaitable"));
    auto t = std::dynamic_pointer_cast<Task>(f);
    std::string name = t ? t->get_name() : "not a task";
    Value r = co_await f;
    std::string refused;
    try {
      ensure_future(Value(7));
    } catch (const PyError& e) {
      refused = show(e);
    }
    co_return Value(name + " " + repr(r) + " " + refused);
  };
  EXPECT_EQ(run(main()).as_str(),
            "Task-2 'awaitable' TypeError: An asyncio.Future, a coroutine or an awaitable is required");
  EXPECT_EQ(asked, (std::vector<std::string>{"'awaitable'", "7"}));
}

TEST_F(AwaitablesTest, TimerHandlesOrderByWhenAndCompareCallbacks) {
  auto noop = [] {};
  TimerHandlePtr a = loop_->call_at(0.2, noop);
  TimerHandlePtr b = loop_->call_at(0.2, noop);
  TimerHandlePtr c = loop_->call_at(0.2, noop);
  TimerHandlePtr late = loop_->call_at(0.3, noop);
  Value same = std::make_shared<Tuple>(std::vector<Value>{Value("f"), std::make_shared<Tuple>()});
  a->callback_value = same;
  b->callback_value = same;
  c->callback_value = std::make_shared<Tuple>(std::vector<Value>{Value("g"), std::make_shared<Tuple>()});
  EXPECT_TRUE(equals(Value(a), Value(b)));
  EXPECT_FALSE(equals(Value(a), Value(c)));
  EXPECT_EQ(python_order(Value(a), Value(b), "<="), Ordering::Equal);
  EXPECT_EQ(python_order(Value(a), Value(c), "<="), Ordering::Unordered);
  EXPECT_EQ(python_order(Value(a), Value(late), "<"), Ordering::Less);
  EXPECT_EQ(python_order(Value(late), Value(c), ">"), Ordering::Greater);

  b->cancel();  // cancelled differs, and the callback is forgotten
  EXPECT_FALSE(equals(Value(a), Value(b)));
  EXPECT_TRUE(b->callback_value.is_none());
  EXPECT_EQ(b->when(), 0.2);
  c->cancel();  // two cancelled timers of one deadline are equal
  EXPECT_TRUE(equals(Value(b), Value(c)));
  a->cancel();
  late->cancel();
}

TEST_F(AwaitablesTest, PlainHandlesHaveNoOrder) {
  HandlePtr h = loop_->call_soon([] {});
  TimerHandlePtr t = loop_->call_at(0.1, [] {});
  EXPECT_FALSE(equals(Value(h), Value(t)));
  EXPECT_FALSE(equals(Value(t), Value(h)));
  try {
    python_order(Value(t), Value(h), "<");
    ADD_FAILURE() << "no TypeError";
  } catch (const PyError& e) {
    EXPECT_EQ(show(e), "TypeError: '<' not supported between instances of 'TimerHandle' and 'Handle'");
  }
  h->cancel();
  t->cancel();
}

}  // namespace
}  // namespace loopspec::test
