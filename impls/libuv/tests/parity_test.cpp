// The libuv loop orders events exactly as the reference loop does: on the
// virtual clock line for line (times included), on the real clock for the
// programs whose order does not depend on how fast the machine runs them.
#include <gtest/gtest.h>

#include "loopspec/libuv_loop.hpp"
#include "loopspec/loopspec.hpp"
#include "programs.hpp"

namespace loopspec::testing {
namespace {

struct Case {
  const char* name;
  Program program;
};

std::string case_name(const ::testing::TestParamInfo<Case>& info) { return info.param.name; }

class VirtualParity : public ::testing::TestWithParam<Case> {};
class RealParity : public ::testing::TestWithParam<Case> {};

TEST_P(VirtualParity, MatchesReferenceLineForLine) {
  Log expected = run_program(GetParam().program, make_reference_loop(), true);
  Log got = run_program(GetParam().program, make_libuv_loop(Clock::Virtual), true);
  ASSERT_FALSE(expected.empty());
  EXPECT_EQ(got, expected);
}

TEST_P(RealParity, MatchesReferenceOrder) {
  Log expected = run_program(GetParam().program, make_reference_loop(), false);
  Log got = run_program(GetParam().program, make_libuv_loop(Clock::Real), false);
  EXPECT_EQ(got, expected);
}

INSTANTIATE_TEST_SUITE_P(Programs, VirtualParity,
                         ::testing::Values(Case{"callbacks_and_timers", callbacks_and_timers},
                                           Case{"tasks_and_futures", tasks_and_futures},
                                           Case{"timer_purge", timer_purge},
                                           Case{"loop_lifecycle", loop_lifecycle}),
                         case_name);

// On a real clock, timers that come due while the loop is busy share a batch,
// so a program whose timers schedule callbacks logs in an order that depends
// on the machine's load (callbacks_and_timers does). These programs' orders
// do not: their timers only log, or never fire.
INSTANTIATE_TEST_SUITE_P(Programs, RealParity,
                         ::testing::Values(Case{"tasks_and_futures", tasks_and_futures},
                                           Case{"timer_purge", timer_purge},
                                           Case{"loop_lifecycle", loop_lifecycle}),
                         case_name);

TEST(VirtualClock, StartsAtZeroAndJumpsByTheTimeout) {
  RuntimeScope scope;
  EventLoopPtr loop = make_libuv_loop(Clock::Virtual);
  EXPECT_EQ(loop->time(), 0.0);
  double seen = -1;
  loop->call_later(2.5, [&] {
    seen = loop->time();
    loop->stop();
  });
  loop->run_forever();
  EXPECT_EQ(seen, 2.5);
}

TEST(VirtualClock, NothingToWaitForIsBlocked) {
  RuntimeScope scope;
  EventLoopPtr loop = make_libuv_loop(Clock::Virtual);
  EXPECT_THROW(loop->run_forever(), LoopBlocked);
  EXPECT_FALSE(loop->is_running());
  FuturePtr never = loop->create_future();
  EXPECT_THROW(loop->run_until_complete(Value(never)), LoopBlocked);
}

}  // namespace
}  // namespace loopspec::testing
