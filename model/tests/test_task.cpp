// asyncio.Task's stepping rules: what takes a loop iteration and what doesn't.
#include "test_support.hpp"

namespace loopspec::test {
namespace {

using TaskTest = ModelTest;

/// Logs "tick N" once per loop iteration, for `n` iterations.
Coro ticker(TaskTest* t, int n) {
  for (int i = 0; i < n; ++i) {
    t->log_.push_back("tick " + std::to_string(i));
    co_await sleep(0.0);
  }
  co_return None;
}

Coro returns(Value v) { co_return v; }

TEST_F(TaskTest, AwaitingACoroutineDoesNotYield) {
  auto main = [this]() -> Coro {
    create_task(ticker(this, 3));
    co_await sleep(0.0);  // let the ticker start
    Value v = co_await returns(7);
    log_.push_back("got " + repr(v));
    co_return None;
  };
  run(main());
  EXPECT_EQ(log_, (std::vector<std::string>{"tick 0", "got 7", "tick 1"}));
}

TEST_F(TaskTest, FirstStepRunsOnTheNextIteration) {
  auto child = [this]() -> Coro {
    log_.push_back("child runs");
    co_return None;
  };
  auto main = [&]() -> Coro {
    TaskPtr t = create_task(child());
    log_.push_back("created");
    co_await sleep(0.0);
    log_.push_back(t->done() ? "done" : "pending");
    co_return None;
  };
  run(main());
  EXPECT_EQ(log_, (std::vector<std::string>{"created", "child runs", "done"}));
}

TEST_F(TaskTest, DefaultNamesCountFromOnePerRuntime) {
  auto main = []() -> Coro {
    TaskPtr a = create_task(returns(1));
    TaskPtr b = create_task(returns(2), std::string("named"));  // takes a number anyway
    TaskPtr c = get_running_loop().create_task(returns(3), std::string("loop-named"));  // does not
    TaskPtr d = create_task(returns(4));
    std::vector<Value> all{Value(a), Value(b), Value(c), Value(d)};  // g++ 12: no braced list in co_await
    co_await gather(all);
    co_return Value(a->get_name() + " " + b->get_name() + " " + c->get_name() + " " + d->get_name());
  };
  EXPECT_EQ(run(main()).as_str(), "Task-2 named loop-named Task-4");
}

TEST_F(TaskTest, CancelBeforeFirstStepSkipsTheBody) {
  auto body = [this]() -> Coro {
    log_.push_back("body ran");
    co_return None;
  };
  auto main = [&]() -> Coro {
    TaskPtr t = create_task(body());
    EXPECT_TRUE(t->cancel());
    EXPECT_FALSE(t->cancelled());  // not until its step runs
    try {
      co_await t;
    } catch (const PyError& e) {
      log_.push_back(e.what());
    }
    log_.push_back(t->cancelled() ? "cancelled" : "not cancelled");
    co_return None;
  };
  run(main());
  EXPECT_EQ(log_, (std::vector<std::string>{"CancelledError", "cancelled"}));
}

TEST_F(TaskTest, CancellingCountsAndUncancelDecrements) {
  auto sleeper = []() -> Coro {
    try {
      co_await sleep(1.0);
    } catch (const PyError&) {
      // swallow the cancellation and finish normally
    }
    co_return Value("finished");
  };
  auto main = [&]() -> Coro {
    TaskPtr t = create_task(sleeper());
    co_await sleep(0.0);
    t->cancel();
    t->cancel();
    EXPECT_EQ(t->cancelling(), 2);
    EXPECT_EQ(t->uncancel(), 1);
    Value v = co_await t;
    EXPECT_FALSE(t->cancelled());
    co_return v;
  };
  EXPECT_EQ(run(main()).as_str(), "finished");
}

TEST_F(TaskTest, KeyboardInterruptEscapesTheLoopAndTheTaskKeepsIt) {
  auto boom = []() -> Coro {
    raise(exc::KeyboardInterrupt);
    co_return None;
  };
  EventLoopPtr loop = loop_;
  TaskPtr t = loop->create_task(boom());
  EXPECT_THROW(loop->run_until_complete(Value(t)), PyError);
  EXPECT_TRUE(t->done());
  EXPECT_TRUE(t->exception()->is_instance_of(exc::KeyboardInterrupt));
  loop->close();
}

TEST_F(TaskTest, EagerStartRunsTheFirstStepInsideCreation) {
  auto child = [this]() -> Coro {
    log_.push_back("child sees " + current_task()->get_name());
    co_await sleep(0.0);
    log_.push_back("child resumes");
    co_return None;
  };
  auto main = [&]() -> Coro {
    EventLoop& loop = get_running_loop();
    TaskPtr t = Task::create(loop, child(), std::string("eager"), /*eager_start=*/true);
    log_.push_back("created, current " + current_task()->get_name() + (t->done() ? ", done" : ", pending"));
    co_await t;
    co_return None;
  };
  run(main());
  EXPECT_EQ(log_, (std::vector<std::string>{"child sees eager", "created, current Task-1, pending", "child resumes"}));
}

TEST_F(TaskTest, EagerTaskThatNeverSuspendsIsDoneAndDropsItsCoroutine) {
  auto main = []() -> Coro {
    TaskPtr t = Task::create(get_running_loop(), returns(5), std::nullopt, /*eager_start=*/true);
    EXPECT_TRUE(t->done());
    EXPECT_FALSE(t->get_coro());
    EXPECT_TRUE(all_tasks().size() == 1);  // main only
    co_return t->result();
  };
  EXPECT_EQ(run(main()).as_int(), 5);
}

TEST_F(TaskTest, EagerStartWaitsForARunningLoop) {
  TaskPtr t = Task::create(*loop_, returns(1), std::nullopt, /*eager_start=*/true);
  EXPECT_FALSE(t->done());  // scheduled as usual: the loop is not running
  EXPECT_EQ(loop_->run_until_complete(Value(t)).as_int(), 1);
}

TEST_F(TaskTest, TaskFactoryMakesTheTaskAndTheNameFollows) {
  auto main = [this]() -> Coro {
    EventLoop& loop = get_running_loop();
    loop.set_task_factory(
        [this](EventLoop& l, Coro c) {
          log_.push_back("factory");
          return Task::create(l, std::move(c));
        },
        Value("identity"));
    TaskPtr t = loop.create_task(returns(2), std::string("given"));
    co_await t;
    co_return Value(t->get_name());
  };
  EXPECT_EQ(run(main()).as_str(), "given");
  EXPECT_EQ(log_, (std::vector<std::string>{"factory"}));
}

}  // namespace
}  // namespace loopspec::test
