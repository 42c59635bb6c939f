// Tearing down a loop frees the work that can never finish: the reference
// cycles CPython's garbage collector would collect (EventLoop::abandon_unfinished).
#include "loopspec/socket.hpp"
#include "loopspec/streams.hpp"
#include "loopspec/subprocess_transport.hpp"
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

/// Holds its transport, as a program's protocol usually does.
class KeepingProtocol : public Object, public SubprocessProtocol {
 public:
  std::string type_name() const override { return "KeepingProtocol"; }
  Value value() const override { return Value(std::const_pointer_cast<Object>(shared_from_this())); }
  void connection_made(const SubprocessTransportPtr& transport) override { transport_ = transport; }
  void pipe_data_received(int, std::string) override {}
  void pipe_connection_lost(int, const ExceptionPtr&) override {}
  void process_exited() override {}
  void connection_lost(const ExceptionPtr&) override {}
  void pause_writing() override {}
  void resume_writing() override {}

 private:
  SubprocessTransportPtr transport_;
};

TEST(Teardown, FreesAChildsTransportsWhenTheLoopClosesUnderThem) {
  std::weak_ptr<Object> transport;
  std::weak_ptr<Object> stdin_pipe;
  std::weak_ptr<Object> stdout_pipe;
  {
    RuntimeScope scope;
    EventLoopPtr loop = new_event_loop();
    // `cat` waits on its stdin, which nobody closes: close() cannot queue
    // the pipes' connection_lost on a closed loop, so the transport, its
    // pipes and their protocols keep holding each other.
    SubprocessProtocolFactory factory = [] { return std::make_shared<KeepingProtocol>(); };
    TaskPtr t = loop->create_task(loop->subprocess_exec(factory, ChildSpec{{"cat"}}, {}));
    loop->run_until_complete(Value(t));
    auto made = std::static_pointer_cast<SubprocessTransport>(t->result().as<Tuple>()->items[0].as<Object>());
    transport = made;
    stdin_pipe = made->get_pipe_transport(0);
    stdout_pipe = made->get_pipe_transport(1);
    loop->close();
    EXPECT_EQ(raised([&] { made->close(); }), "RuntimeError");
  }
  EXPECT_TRUE(transport.expired());
  EXPECT_TRUE(stdin_pipe.expired());
  EXPECT_TRUE(stdout_pipe.expired());
}

}  // namespace
}  // namespace loopspec::test
