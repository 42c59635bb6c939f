// asyncio.Future's states, messages and callback scheduling.
#include "test_support.hpp"

namespace loopspec::test {
namespace {

using FutureTest = ModelTest;

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const PyError& e) {
    return e.what();
  }
  return "no error";
}

TEST_F(FutureTest, PendingFutureRefusesResultAndException) {
  EventLoopPtr loop = loop_;
  FuturePtr f = loop->create_future();
  EXPECT_EQ(error_of([&] { f->result(); }), "InvalidStateError: Result is not set.");
  EXPECT_EQ(error_of([&] { f->exception(); }), "InvalidStateError: Exception is not set.");
}

TEST_F(FutureTest, StateMovesOnce) {
  EventLoopPtr loop = loop_;
  FuturePtr f = loop->create_future();
  f->set_result(1);
  EXPECT_EQ(error_of([&] { f->set_result(2); }), "InvalidStateError: invalid state");
  EXPECT_EQ(error_of([&] { f->set_exception(new_exception(exc::ValueError)); }), "InvalidStateError: invalid state");
  EXPECT_FALSE(f->cancel());
  EXPECT_EQ(f->result().as_int(), 1);
}

TEST_F(FutureTest, StopIterationIsRejected) {
  EventLoopPtr loop = loop_;
  FuturePtr f = loop->create_future();
  EXPECT_EQ(error_of([&] { f->set_exception(new_exception(exc::StopIteration)); }).rfind("TypeError", 0), 0u);
  EXPECT_FALSE(f->done());
}

TEST_F(FutureTest, CancelMessageReachesTheError) {
  EventLoopPtr loop = loop_;
  FuturePtr f = loop->create_future();
  EXPECT_TRUE(f->cancel(Value("stop")));
  EXPECT_TRUE(f->cancelled());
  EXPECT_EQ(error_of([&] { f->result(); }), "CancelledError: stop");
}

TEST_F(FutureTest, DoneCallbacksAreScheduledInOrderNeverCalledInline) {
  EventLoopPtr loop = loop_;
  FuturePtr f = loop->create_future();
  f->add_done_callback([this](const FuturePtr&) { note("first"); });
  f->add_done_callback([this](const FuturePtr&) { note("second"); });
  f->set_result(None);
  EXPECT_TRUE(log_.empty());
  f->add_done_callback([this](const FuturePtr&) { note("late"); });
  loop->call_soon([&] { loop->stop(); });
  loop->run_forever();
  EXPECT_EQ(log_, (std::vector<std::string>{"0.0 first", "0.0 second", "0.0 late"}));
}

TEST_F(FutureTest, RemoveDoneCallbackCountsEqualKeys) {
  EventLoopPtr loop = loop_;
  FuturePtr f = loop->create_future();
  auto key = std::make_shared<List>();
  f->add_done_callback([](const FuturePtr&) {}, key);
  f->add_done_callback([](const FuturePtr&) {}, key);
  f->add_done_callback([](const FuturePtr&) {});
  EXPECT_EQ(f->remove_done_callback(key), 2u);
  EXPECT_EQ(f->remove_done_callback(key), 0u);
}

}  // namespace
}  // namespace loopspec::test
