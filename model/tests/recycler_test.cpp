// The recycler (detail/recycler.hpp): what its lists and big blocks keep for
// a burst that comes again, here and on another thread.
#include "loopspec/detail/recycler.hpp"

#include <gtest/gtest.h>

#include <cstddef>
#include <memory>
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

TEST(Recycler, ABigBlockIsHandedOutAgainForItsExactSize) {
  std::thread([] {
    constexpr std::size_t kBig = std::size_t{3} << 20;  // megabytes, as gather's tables for 100k children
    void* first = recycle_take(kBig);
    recycle_give(first, kBig);
    void* other = recycle_take(kBig + 16);
    EXPECT_NE(other, first);
    void* again = recycle_take(kBig);
    EXPECT_EQ(again, first);
    recycle_give(other, kBig + 16);
    recycle_give(again, kBig);
  }).join();
}

TEST(Recycler, ARecycledVectorRegrowsIntoTheBlocksOfTheLastOne) {
  std::thread([] {
    const auto grow = [] {
      RecycledVector<std::size_t> v;
      for (std::size_t i = 0; i < 100'000; ++i) v.push_back(i);
      return static_cast<const void*>(v.data());
    };
    const void* first = grow();
    // Where the allocator would put the next block of that size (2^17 slots).
    const auto squatter = std::make_unique<char[]>(std::size_t{1} << 20);
    EXPECT_EQ(grow(), first);
  }).join();
}

}  // namespace
}  // namespace loopspec::detail
