// The recycler (detail/recycler.hpp): what its lists keep for a burst that
// comes again, here and on another thread.
#include "loopspec/detail/recycler.hpp"

#include <gtest/gtest.h>

#include <cstddef>
#include <set>
#include <thread>
#include <vector>

namespace loopspec::detail {
namespace {

constexpr std::size_t kSize = 200;  // a size class no other test of this thread's uses

std::vector<void*> take_many(std::size_t n) {
  std::vector<void*> blocks;
  for (std::size_t i = 0; i < n; ++i) blocks.push_back(recycle_take(kSize));
  return blocks;
}

void give_all(const std::vector<void*>& blocks) {
  for (void* b : blocks) recycle_give(b, kSize);
}

TEST(Recycler, ABurstThatComesAgainGetsItsOwnBlocksBack) {
  std::thread([] {
    // Far more than the least a list keeps: only the high-water mark keeps them.
    const std::vector<void*> first = take_many(20'000);
    give_all(first);
    const std::vector<void*> second = take_many(20'000);
    EXPECT_EQ(std::set<void*>(first.begin(), first.end()), std::set<void*>(second.begin(), second.end()));
    give_all(second);
  }).join();
}

TEST(Recycler, BlocksGivenBackOnAnotherThreadServeThatThread) {
  std::vector<void*> made;
  std::thread([&] { made = take_many(50); }).join();
  std::thread([&] {
    give_all(made);
    const std::vector<void*> again = take_many(50);
    EXPECT_EQ(std::set<void*>(made.begin(), made.end()), std::set<void*>(again.begin(), again.end()));
    give_all(again);
  }).join();
}

}  // namespace
}  // namespace loopspec::detail
