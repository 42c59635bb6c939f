// asyncio.TaskGroup, checked against CPython 3.11.7's logs for the same programs.
#include "test_support.hpp"

namespace loopspec::test {
namespace {

class TaskGroupsTest : public ModelTest {};

Coro fail_after(ModelTest& t, std::string name, double delay, const ExceptionType& type) {
  co_await sleep(delay);
  t.note(name + " raising");
  throw PyError(new_exception(type, {Value(name)}));
}

Coro sleeper(ModelTest& t) {
  try {
    co_await sleep(1);
  } catch (const PyError&) {
    t.note("sleeper cancelled");
    throw;
  }
  co_return None;
}

std::string members(const ExceptionPtr& group) {
  std::string out;
  for (const auto& e : group->exceptions) out += (out.empty() ? "" : ", ") + show_exc(e);
  return "[" + out + "]";
}

/// `async with tg: <body>` where body is a coroutine.
Coro with_group(TaskGroupPtr tg, Coro body) {
  co_await tg->aenter();
  ExceptionPtr error;
  try {
    co_await body;
  } catch (const PyError& e) {
    error = e.exception();
  }
  Value suppress = co_await tg->aexit(error);
  if (error && !truthy(suppress)) throw PyError(error);
  co_return None;
}

// The first child error cancels the siblings and the body (whose sleep never
// ends), and the group raises at once with just that error; the parent's
// cancel request is taken back. Named children still take a Task-N number.
TEST_F(TaskGroupsTest, FirstErrorAbortsAndParentIsUncancelled) {
  run([](ModelTest& t) -> Coro {
    TaskPtr main = current_task();
    auto tg = std::make_shared<TaskGroup>();
    auto body = [](ModelTest& t, TaskGroupPtr tg) -> Coro {
      TaskPtr a = tg->create_task(fail_after(t, "a", 0.2, exc::KeyError));
      TaskPtr b = tg->create_task(fail_after(t, "b", 0.1, exc::ValueError));
      TaskPtr c = tg->create_task(sleeper(t), "named");
      t.note("names " + a->get_name() + " " + b->get_name() + " " + c->get_name() + " " + tg->repr());
      co_await sleep(0.15);
      t.note("body not reached");
      co_return None;
    };
    try {
      co_await with_group(tg, body(t, tg));
    } catch (const PyError& e) {
      t.note("group " + show(e) + " " + members(e.exception()) + " cancelling=" + std::to_string(main->cancelling()));
    }
    TaskPtr next = create_task(sleep(0));
    t.note("next " + next->get_name());
    co_await next;
    co_return None;
  }(*this));
  EXPECT_EQ(joined(),
            "0.0 names Task-2 Task-3 named <TaskGroup tasks=3 entered> | 0.1 b raising | 0.1 sleeper cancelled | "
            "0.1 group ExceptionGroup: ('unhandled errors in a TaskGroup', [ValueError('b')]) [ValueError: b] "
            "cancelling=0 | 0.1 next Task-5");
}

// The body's own error comes last, after the children's.
TEST_F(TaskGroupsTest, BodyErrorListedLast) {
  run([](ModelTest& t) -> Coro {
    auto body1 = [](ModelTest& t, TaskGroupPtr tg) -> Coro {
      tg->create_task(fail_after(t, "child", 0, exc::ValueError));
      co_await sleep(0);
      co_await sleep(0);
      raise(exc::RuntimeError, "body");
    };
    auto tg = std::make_shared<TaskGroup>();
    try {
      co_await with_group(tg, body1(t, tg));
    } catch (const PyError& e) {
      t.note("group " + members(e.exception()));
    }
    auto body2 = [](ModelTest& t, TaskGroupPtr tg) -> Coro {
      tg->create_task(fail_after(t, "child", 0.1, exc::ValueError));
      raise(exc::RuntimeError, "body");
      co_return None;
    };
    tg = std::make_shared<TaskGroup>();
    try {
      co_await with_group(tg, body2(t, tg));
    } catch (const PyError& e) {
      t.note("group " + members(e.exception()));
    }
    co_return None;
  }(*this));
  EXPECT_EQ(joined(),
            "0.0 child raising | 0.0 group [ValueError: child, RuntimeError: body] | 0.0 group [RuntimeError: body]");
}

// Exit resumes two iterations after the last child finished: one for the
// child's done callback, one for the completion future's.
TEST_F(TaskGroupsTest, ExitResumesTwoIterationsAfterLastChild) {
  run([](ModelTest& t) -> Coro {
    auto tg = std::make_shared<TaskGroup>();
    auto body = [](ModelTest& t, TaskGroupPtr tg) -> Coro {
      tg->create_task(sleep(0));
      ticks(t, 5);
      co_return None;
    };
    co_await with_group(tg, body(t, tg));
    t.note("exited");
    try {
      tg->create_task(sleep(0));
    } catch (const PyError& e) {
      t.note(show(e));
    }
    co_return None;
  }(*this));
  EXPECT_EQ(joined(),
            "0.0 tick 1 | 0.0 tick 2 | 0.0 tick 3 | 0.0 exited | "
            "0.0 RuntimeError: TaskGroup <TaskGroup entered> is finished | 0.0 tick 4 | 0.0 tick 5");
}

// Cancelling the parent while it waits in the body cancels the children and
// propagates the parent's own CancelledError (with its message).
TEST_F(TaskGroupsTest, ParentCancelledPropagatesCancelledError) {
  run([](ModelTest& t) -> Coro {
    auto outer = [](ModelTest& t) -> Coro {
      auto tg = std::make_shared<TaskGroup>();
      auto body = [](ModelTest& t, TaskGroupPtr tg) -> Coro {
        tg->create_task(fail_after(t, "x", 1, exc::ValueError));
        co_await sleep(1);
        co_return None;
      };
      co_await with_group(tg, body(t, tg));
      co_return None;
    };
    TaskPtr task = create_task(outer(t));
    co_await sleep(0.1);
    task->cancel(Value("stop"));
    try {
      co_await task;
    } catch (const PyError& e) {
      t.note("cancelled " + show(e));
    }
    co_return None;
  }(*this));
  EXPECT_EQ(joined(), "0.1 cancelled CancelledError: stop");
}

}  // namespace
}  // namespace loopspec::test
