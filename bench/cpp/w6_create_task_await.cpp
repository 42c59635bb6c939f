// W6: 200k sequential `await create_task(child())`: a task made, scheduled,
// stepped to completion, and its awaiter woken, one after the other; on the
// asyncio loops and on the floor loop.
#include "floor/task.hpp"
#include "loops.hpp"
#include "workloads.hpp"

namespace loopspec::bench {
namespace {

constexpr std::int64_t kTasks = 200'000;

Coro child(std::int64_t i) { co_return Value(i); }

Coro sequential_main(EventLoop* loop) {
  std::int64_t sum = 0;
  for (std::int64_t i = 0; i < kTasks; ++i) {
    TaskPtr t = loop->create_task(child(i));
    Value v = co_await t;
    sum += v.as_int();
  }
  co_return Value(sum);
}

std::int64_t create_task_await(EventLoop& loop) {
  loop.run_until_complete(Value(sequential_main(&loop).object()));
  return kTasks;
}

FloorTask floor_child(std::int64_t i) { co_return i; }

FloorTask floor_sequential_main(FloorLoop& loop) {
  std::int64_t sum = 0;
  for (std::int64_t i = 0; i < kTasks; ++i) {
    FloorTask t = floor_child(i);
    t.start(loop);
    sum += co_await t;
  }
  co_return sum;
}

std::int64_t floor_create_task_await(FloorLoop& loop) {
  run_until_complete(loop, floor_sequential_main(loop));
  return kTasks;
}

}  // namespace

void register_create_task_await() {
  register_workload("W6_create_task_await", create_task_await);
  register_floor("W6_create_task_await", floor_create_task_await);
}

}  // namespace loopspec::bench
