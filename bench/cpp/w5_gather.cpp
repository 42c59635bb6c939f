// W5: gather over 100k coroutines: 100k tasks made, stepped once each, and
// their results collected. On the floor loop, gather is the plainest C++:
// start them all, then await each in turn.
#include "floor/task.hpp"
#include "loops.hpp"
#include "workloads.hpp"

namespace loopspec::bench {
namespace {

constexpr std::int64_t kChildren = 100'000;

Coro child(std::int64_t i) { co_return Value(i); }

Coro gather_main() {
  std::vector<Value> children;
  children.reserve(kChildren);
  for (std::int64_t i = 0; i < kChildren; ++i) children.emplace_back(child(i).object());
  FuturePtr all = gather(children);
  Value results = co_await all;
  co_return results;
}

std::int64_t gather_children(EventLoop& loop) {
  Value r = loop.run_until_complete(Value(gather_main().object()));
  return static_cast<std::int64_t>(r.as<List>()->items.size());
}

FloorTask floor_child(std::int64_t i) { co_return i; }

FloorTask floor_gather_main(FloorLoop& loop) {
  std::vector<FloorTask> children;
  children.reserve(kChildren);
  for (std::int64_t i = 0; i < kChildren; ++i) {
    children.push_back(floor_child(i));
    children.back().start(loop);
  }
  std::vector<std::int64_t> results;
  results.reserve(kChildren);
  for (const FloorTask& c : children) results.push_back(co_await c);
  co_return static_cast<std::int64_t>(results.size());
}

std::int64_t floor_gather_children(FloorLoop& loop) { return run_until_complete(loop, floor_gather_main(loop)); }

}  // namespace

void register_gather() {
  register_workload("W5_gather", gather_children);
  register_floor("W5_gather", floor_gather_children);
}

}  // namespace loopspec::bench
