// ReadyQueue (detail/ready_queue.hpp): FIFO across growth, and the buffer a
// queue leaves to the next one its thread makes.
#include "loopspec/detail/ready_queue.hpp"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

#include "loopspec/reference_loop.hpp"
#include "loopspec/runtime.hpp"

namespace loopspec::detail {
namespace {

// Each test runs on a thread of its own: the spare buffer is the thread's.
template <class F>
void on_fresh_thread(F f) {
  std::thread(f).join();
}

TEST(ReadyQueue, HandlesLeaveInTheOrderTheyCameAcrossEveryGrowth) {
  on_fresh_thread([] {
    RuntimeScope scope;
    EventLoopPtr loop = new_event_loop();
    std::vector<HandlePtr> made;
    ReadyQueue q;
    for (int i = 0; i < 300; ++i) {
      made.push_back(std::make_shared<Handle>(*loop, [] {}));
      q.push_back(made.back());
      if (i % 3 == 0) EXPECT_EQ(q.pop_front(), made[i / 3]);
    }
    std::vector<HandlePtr> left;
    while (!q.empty()) left.push_back(q.pop_front());
    EXPECT_EQ(left, std::vector<HandlePtr>(made.begin() + 100, made.end()));
  });
}

TEST(ReadyQueue, ANewQueueStartsWithTheBufferOfTheBiggestOneGone) {
  on_fresh_thread([] {
    {
      ReadyQueue big;
      for (int i = 0; i < 5000; ++i) big.push_back(nullptr);
      EXPECT_EQ(big.capacity(), 8192u);
    }
    {
      ReadyQueue small;
      small.push_back(nullptr);
      EXPECT_EQ(small.capacity(), 8192u);  // the first growth takes the spare whole
    }
    ReadyQueue next;
    next.push_back(nullptr);
    EXPECT_EQ(next.capacity(), 8192u);
  });
  on_fresh_thread([] {
    ReadyQueue elsewhere;
    elsewhere.push_back(nullptr);
    EXPECT_EQ(elsewhere.capacity(), 64u);
  });
}

}  // namespace
}  // namespace loopspec::detail
