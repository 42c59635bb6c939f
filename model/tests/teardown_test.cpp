// Tearing down a loop frees the work that can never finish: the reference
// cycles CPython's garbage collector would collect (EventLoop::abandon_unfinished).
#include "test_support.hpp"

namespace loopspec::test {
namespace {

Coro await_forever(FuturePtr fut) {
  co_await fut;
  co_return None;
}

TEST(Teardown, FreesAGatherOverAFutureThatNeverFinishes) {
  std::weak_ptr<Future> never;
  std::weak_ptr<Future> outer;
  std::weak_ptr<Task> waiter;
  {
    RuntimeScope scope;
    EventLoopPtr loop = new_event_loop();
    // The future's done callback holds the gather, which holds the future.
    FuturePtr f = loop->create_future();
    FuturePtr g = gather({Value(f)});
    TaskPtr t = loop->create_task(await_forever(g));
    never = f;
    outer = g;
    waiter = t;
    EXPECT_THROW(loop->run_until_complete(Value(t)), LoopBlocked);
  }
  EXPECT_TRUE(never.expired());
  EXPECT_TRUE(outer.expired());
  EXPECT_TRUE(waiter.expired());
}

TEST(Teardown, FreesAGatherNobodyAwaits) {
  std::weak_ptr<Future> never;
  std::weak_ptr<Future> outer;
  {
    RuntimeScope scope;
    EventLoopPtr loop = new_event_loop();
    FuturePtr f = loop->create_future();
    FuturePtr g = gather({Value(f)});
    never = f;
    outer = g;
  }
  EXPECT_TRUE(never.expired());
  EXPECT_TRUE(outer.expired());
}

}  // namespace
}  // namespace loopspec::test
