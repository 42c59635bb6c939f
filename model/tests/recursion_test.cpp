// Python's recursion limit over await chains: a coroutine chain that would
// pass sys.getrecursionlimit() raises RecursionError at the await, the frames
// are given back as the chain unwinds, and a suspended chain takes its
// frames off the stack while it waits.
#include "test_support.hpp"

namespace loopspec::test {
namespace {

using RecursionTest = ModelTest;

/// `async def g(): return await g()`.
Coro endless() { co_return co_await endless(); }

/// Awaits `n` coroutines deep, then sleeps at the bottom.
Coro chain(ModelTest* t, int n) {
  if (n == 0) {
    t->note("bottom at " + std::to_string(Runtime::current().python_frames()));
    co_await sleep(0.1);
    t->note("resumed at " + std::to_string(Runtime::current().python_frames()));
    co_return 0;
  }
  co_return co_await chain(t, n - 1);
}

TEST_F(RecursionTest, EndlessAwaitRaisesRecursionErrorAndGivesTheFramesBack) {
  const int before = Runtime::current().python_frames();
  auto main = [this]() -> Coro {
    const int in_main = Runtime::current().python_frames();
    try {
      co_await endless();
    } catch (const PyError& e) {
      note(show(e));
    }
    note(Runtime::current().python_frames() == in_main ? "frames restored" : "frames leaked");
    co_return None;
  };
  run(main());
  EXPECT_EQ(joined(), "0.0 RecursionError: maximum recursion depth exceeded | 0.0 frames restored");
  EXPECT_EQ(Runtime::current().python_frames(), before);
  EXPECT_TRUE(exc::RecursionError.is_subclass_of(exc::RuntimeError));
}

TEST_F(RecursionTest, ASuspendedChainIsOffTheStackUntilItResumes) {
  auto main = [this]() -> Coro {
    TaskPtr deep = create_task(chain(this, 10));
    co_await sleep(0.05);
    note("main at " + std::to_string(Runtime::current().python_frames()));
    co_await deep;
    co_return None;
  };
  run(main());
  // main's task is one frame; deep's chain is eleven, back on the stack when it resumes.
  const int base = kFramesBelowLoopCode;
  EXPECT_EQ(joined(), "0.0 bottom at " + std::to_string(base + 11) + " | 0.05 main at " + std::to_string(base + 1) +
                          " | 0.1 resumed at " + std::to_string(base + 11));
}

}  // namespace
}  // namespace loopspec::test
