// concurrent.futures.Future on one thread, and the chains asyncio makes to
// it: callbacks at once, the errors a callback may raise, waiting, and the
// cycles a chain leaves at teardown.
#include "test_support.hpp"

namespace loopspec::test {
namespace {

using ConcurrentFutureTest = ModelTest;

TEST_F(ConcurrentFutureTest, DoneCallbacksRunAtOnceInOrderAndAnExceptionIsDropped) {
  auto f = std::make_shared<ConcurrentFuture>();
  f->add_done_callback([this](const ConcurrentFuturePtr&) { note("first"); });
  f->add_done_callback([](const ConcurrentFuturePtr&) { raise(exc::ValueError, "dropped"); });
  f->add_done_callback([this](const ConcurrentFuturePtr& g) { note("last " + show(g->result())); });
  f->set_result(Value(1));
  EXPECT_EQ(joined(), "0.0 first | 0.0 last 1");
  f->add_done_callback([this](const ConcurrentFuturePtr&) { note("added when done"); });
  EXPECT_EQ(log_.back(), "0.0 added when done");
}

TEST_F(ConcurrentFutureTest, ABaseExceptionFromACallbackReachesTheCaller) {
  auto f = std::make_shared<ConcurrentFuture>();
  f->add_done_callback([](const ConcurrentFuturePtr&) { raise(exc::SystemExit); });
  EXPECT_THROW(f->cancel(), PyError);
  EXPECT_TRUE(f->cancelled());
}

TEST_F(ConcurrentFutureTest, WaitingOnAPendingFuture) {
  auto f = std::make_shared<ConcurrentFuture>();
  EXPECT_THROW(f->result(), BlocksThreadForever);
  EXPECT_THROW(f->exception(0.0), PyError);
  EXPECT_TRUE(f->set_running_or_notify_cancel());
  EXPECT_FALSE(f->cancel());
  f->set_exception(new_exception(exc::ValueError));
  EXPECT_EQ(show_exc(f->exception()), "ValueError");
}

TEST(ConcurrentFutureTeardown, FreesAChainThatNeverFinishes) {
  std::weak_ptr<ConcurrentFuture> source;
  std::weak_ptr<Future> wrapper;
  {
    RuntimeScope scope;
    EventLoopPtr loop = new_event_loop();
    // Each side's done callback holds the other side.
    auto cf = std::make_shared<ConcurrentFuture>();
    FuturePtr fut = wrap_future(Value(cf), loop.get());
    source = cf;
    wrapper = fut;
  }
  EXPECT_TRUE(source.expired());
  EXPECT_TRUE(wrapper.expired());
}

}  // namespace
}  // namespace loopspec::test
