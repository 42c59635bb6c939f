// InlineFunction: targets kept inline or on the heap are called, moved and
// destroyed exactly once each.
#include "loopspec/detail/inline_function.hpp"

#include <gtest/gtest.h>

#include <array>
#include <memory>
#include <string>

namespace loopspec::test {
namespace {

/// Counts the live copies of itself and how often it was called.
struct Probe {
  std::shared_ptr<int> calls = std::make_shared<int>(0);
  void operator()() const { ++*calls; }
};

/// Bigger than any capacity used here: always on the heap.
struct BigProbe : Probe {
  std::array<char, 64> padding{};
};

/// Moving may throw: kept on the heap, so moving the wrapper never throws.
struct ThrowingMoveProbe : Probe {
  ThrowingMoveProbe() = default;
  ThrowingMoveProbe(const ThrowingMoveProbe&) = default;
  ThrowingMoveProbe(ThrowingMoveProbe&& other) noexcept(false) : Probe(other) {}
  ThrowingMoveProbe& operator=(const ThrowingMoveProbe&) = default;
  ThrowingMoveProbe& operator=(ThrowingMoveProbe&&) = default;
  ~ThrowingMoveProbe() = default;
};

template <class Target>
void expect_called_moved_and_released(Target probe) {
  std::weak_ptr<int> alive = probe.calls;
  {
    detail::InlineFunction<void(), 16> f(probe);
    detail::InlineFunction<void(), 16> g(std::move(f));
    EXPECT_FALSE(f);  // NOLINT(bugprone-use-after-move): a moved-from wrapper is empty
    ASSERT_TRUE(g);
    g();
    detail::InlineFunction<void(), 16> h;
    h = std::move(g);
    h();
    EXPECT_EQ(*probe.calls, 2);
  }
  probe = Target{};
  EXPECT_TRUE(alive.expired()) << "a copy of the target outlived its wrapper";
}

TEST(InlineFunction, InlineTargetIsCalledMovedAndDestroyedOnce) {
  static_assert(sizeof(Probe) <= 16);
  expect_called_moved_and_released(Probe{});
}

TEST(InlineFunction, HeapTargetIsCalledMovedAndDestroyedOnce) { expect_called_moved_and_released(BigProbe{}); }

TEST(InlineFunction, TargetWithAThrowingMoveIsCalledMovedAndDestroyedOnce) {
  expect_called_moved_and_released(ThrowingMoveProbe{});
}

TEST(InlineFunction, PassesArgumentsAndReturnsTheResult) {
  std::string suffix = "!";
  detail::InlineFunction<std::string(const std::string&, int), 32> f = [suffix](const std::string& s, int n) {
    return s + std::to_string(n) + suffix;
  };
  EXPECT_EQ(f("x", 3), "x3!");
}

TEST(InlineFunction, AssigningReleasesThePreviousTarget) {
  Probe first;
  std::weak_ptr<int> alive = first.calls;
  detail::InlineFunction<void(), 16> f(std::move(first));
  f = nullptr;
  EXPECT_FALSE(f);
  EXPECT_TRUE(alive.expired());
}

}  // namespace
}  // namespace loopspec::test
