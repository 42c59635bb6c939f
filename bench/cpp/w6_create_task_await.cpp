// W6: 200k sequential `await create_task(child())`: a task made, scheduled,
// stepped to completion, and its awaiter woken, one after the other.
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

}  // namespace

void register_create_task_await() { register_workload("W6_create_task_await", create_task_await); }

}  // namespace loopspec::bench
