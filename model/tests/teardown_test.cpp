// Tearing down a loop frees the work that can never finish: the reference
// cycles CPython's garbage collector would collect (EventLoop::abandon_unfinished).
#include "loopspec/socket.hpp"
#include "loopspec/streams.hpp"
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

TEST(Teardown, FreesAStreamConnectionNobodyClosed) {
  std::weak_ptr<Object> reader;
  std::weak_ptr<Object> writer;
  {
    RuntimeScope scope;
    EventLoopPtr loop = new_event_loop();
    auto [ours, peer] = Socket::pair();
    // The reader holds the transport, which holds the protocol, which holds
    // the reader.
    TaskPtr t = loop->create_task(open_connection(ours, 64 * 1024));
    loop->run_until_complete(Value(t));
    auto pair = t->result().as<Tuple>();
    reader = pair->items[0].as<Object>();
    writer = pair->items[1].as<Object>();
    loop->close();
  }
  EXPECT_TRUE(reader.expired());
  EXPECT_TRUE(writer.expired());
}

}  // namespace
}  // namespace loopspec::test
