// W4: task switches. Two tasks ping-pong through futures (200k round trips:
// each one two future resolutions and two task wake-ups); and one task
// awaiting sleep(0) 1M times (a bare yield: one step per iteration). Each
// twice: on the asyncio loops, and on the floor loop's tasks and futures.
#include "floor/awaitables.hpp"
#include "floor/task.hpp"
#include "loops.hpp"
#include "workloads.hpp"

namespace loopspec::bench {
namespace {

constexpr std::int64_t kRoundTrips = 200'000;
constexpr std::int64_t kYields = 1'000'000;

/// The futures the two players hand each other.
struct Table : Object {
  std::string type_name() const override { return "Table"; }
  FuturePtr ping;
  FuturePtr pong;
};

Coro pinger(EventLoop* loop, std::shared_ptr<Table> t, std::int64_t n) {
  for (std::int64_t i = 0; i < n; ++i) {
    t->pong = loop->create_future();
    t->ping->set_result(None);
    FuturePtr pong = t->pong;
    co_await pong;
  }
  co_return None;
}

Coro ponger(EventLoop* loop, std::shared_ptr<Table> t, std::int64_t n) {
  for (std::int64_t i = 0; i < n; ++i) {
    FuturePtr ping = t->ping;
    co_await ping;
    t->ping = loop->create_future();
    t->pong->set_result(None);
  }
  co_return None;
}

Coro ping_pong_main(EventLoop* loop) {
  auto t = std::make_shared<Table>();
  t->ping = loop->create_future();
  TaskPtr b = loop->create_task(ponger(loop, t, kRoundTrips));
  TaskPtr a = loop->create_task(pinger(loop, t, kRoundTrips));
  co_await a;
  co_await b;
  co_return None;
}

std::int64_t future_ping_pong(EventLoop& loop) {
  loop.run_until_complete(Value(ping_pong_main(&loop).object()));
  return kRoundTrips;
}

Coro yielder() {
  for (std::int64_t i = 0; i < kYields; ++i) co_await sleep(0);
  co_return None;
}

std::int64_t sleep0(EventLoop& loop) {
  loop.run_until_complete(Value(yielder().object()));
  return kYields;
}

struct FloorTable {
  FloorFuture ping;
  FloorFuture pong;
};

FloorTask floor_pinger(FloorLoop& loop, FloorTable& t, std::int64_t n) {
  for (std::int64_t i = 0; i < n; ++i) {
    t.pong = FloorFuture(loop);
    t.ping.set_result();
    co_await t.pong;
  }
  co_return 0;
}

FloorTask floor_ponger(FloorLoop& loop, FloorTable& t, std::int64_t n) {
  for (std::int64_t i = 0; i < n; ++i) {
    co_await t.ping;
    t.ping = FloorFuture(loop);
    t.pong.set_result();
  }
  co_return 0;
}

FloorTask floor_ping_pong_main(FloorLoop& loop) {
  FloorTable t{FloorFuture(loop), FloorFuture(loop)};
  FloorTask b = floor_ponger(loop, t, kRoundTrips);
  b.start(loop);
  FloorTask a = floor_pinger(loop, t, kRoundTrips);
  a.start(loop);
  co_await a;
  co_await b;
  co_return 0;
}

std::int64_t floor_future_ping_pong(FloorLoop& loop) {
  run_until_complete(loop, floor_ping_pong_main(loop));
  return kRoundTrips;
}

FloorTask floor_yielder(FloorLoop& loop) {
  for (std::int64_t i = 0; i < kYields; ++i) co_await yield_now(loop);
  co_return 0;
}

std::int64_t floor_sleep0(FloorLoop& loop) {
  run_until_complete(loop, floor_yielder(loop));
  return kYields;
}

}  // namespace

void register_task_switches() {
  register_workload("W4_future_ping_pong", future_ping_pong);
  register_workload("W4_sleep0", sleep0);
  register_floor("W4_future_ping_pong", floor_future_ping_pong);
  register_floor("W4_sleep0", floor_sleep0);
}

}  // namespace loopspec::bench
