// The reference loop's iteration rules (CPython's _run_once) and loop states.
#include "test_support.hpp"

namespace loopspec::test {
namespace {

using SchedulerTest = ModelTest;

TEST_F(SchedulerTest, CallbacksScheduledDuringABatchRunInTheNextIteration) {
  EventLoopPtr loop = loop_;
  loop->call_soon([&] {
    note("a");
    loop->call_soon([&] { note("c"); });
  });
  loop->call_soon([&] {
    note("b");
    loop->stop();  // after this iteration: "c" waits
  });
  loop->run_forever();
  EXPECT_EQ(log_, (std::vector<std::string>{"0.0 a", "0.0 b"}));
  loop->call_soon([&] { loop->stop(); });
  loop->run_forever();
  EXPECT_EQ(log_.back(), "0.0 c");
}

TEST_F(SchedulerTest, DueTimersQueueBehindReadyCallbacks) {
  EventLoopPtr loop = loop_;
  loop->call_later(-1.0, [&] { note("timer"); });
  loop->call_soon([&] { note("soon"); });
  loop->call_later(0.5, [&] { loop->stop(); });
  loop->run_forever();
  EXPECT_EQ(log_, (std::vector<std::string>{"0.0 soon", "0.0 timer"}));
  EXPECT_DOUBLE_EQ(loop->time(), 0.5);
}

TEST_F(SchedulerTest, VirtualClockJumpsByTheSelectTimeout) {
  EventLoopPtr loop = loop_;
  loop->call_later(0.1, [&] { note("0.1"); });
  loop->call_later(0.3, [&] {
    note("0.3");
    loop->stop();
  });
  loop->run_forever();
  // 0.0 + 0.1, then 0.1 + (0.3 - 0.1): plain double arithmetic, as in CPython.
  EXPECT_EQ(log_, (std::vector<std::string>{"0.1 0.1", float_repr(0.1 + (0.3 - 0.1)) + " 0.3"}));
}

TEST_F(SchedulerTest, CancelledHandlesAreSkipped) {
  EventLoopPtr loop = loop_;
  HandlePtr h = loop->call_soon([&] { note("never"); });
  TimerHandlePtr t = loop->call_later(0.1, [&] { note("never either"); });
  h->cancel();
  t->cancel();
  EXPECT_TRUE(h->cancelled());
  loop->call_later(0.2, [&] { loop->stop(); });
  loop->run_forever();
  EXPECT_TRUE(log_.empty());
}

TEST_F(SchedulerTest, NothingToWaitForIsBlocked) {
  EventLoopPtr loop = loop_;
  EXPECT_THROW(loop->run_forever(), LoopBlocked);
  EXPECT_FALSE(loop->is_running());
}

TEST_F(SchedulerTest, ClosedLoopRefusesScheduling) {
  EventLoopPtr loop = loop_;
  loop->close();
  loop->close();  // twice is a no-op
  EXPECT_THROW(loop->call_soon([] {}), PyError);
  EXPECT_THROW(loop->call_later(1.0, [] {}), PyError);
  EXPECT_THROW(loop->run_forever(), PyError);
}

TEST_F(SchedulerTest, StopBeforeRunningRunsOneIteration) {
  EventLoopPtr loop = loop_;
  loop->call_soon([&] {
    note("first");
    loop->call_soon([&] { note("second"); });
  });
  loop->stop();
  loop->run_forever();
  EXPECT_EQ(log_, (std::vector<std::string>{"0.0 first"}));
}

TEST_F(SchedulerTest, RunUntilCompleteStoppedEarly) {
  EventLoopPtr loop = loop_;
  FuturePtr f = loop->create_future();
  loop->call_soon([&] { loop->stop(); });
  try {
    loop->run_until_complete(Value(f));
    FAIL() << "expected RuntimeError";
  } catch (const PyError& e) {
    EXPECT_STREQ(e.what(), "RuntimeError: Event loop stopped before Future completed.");
  }
}

}  // namespace
}  // namespace loopspec::test
