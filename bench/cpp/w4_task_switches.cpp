// W4: task switches. Two tasks ping-pong through futures (200k round trips:
// each one two future resolutions and two task wake-ups); and one task
// awaiting sleep(0) 1M times (a bare yield: one step per iteration).
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

}  // namespace

void register_task_switches() {
  register_workload("W4_future_ping_pong", future_ping_pong);
  register_workload("W4_sleep0", sleep0);
}

}  // namespace loopspec::bench
