// Loop kinds and workload registration (see loops.hpp).
#include "loops.hpp"

#include "loopspec/libuv_loop.hpp"

namespace loopspec::bench {

const std::vector<LoopKind>& loop_kinds() {
  static const std::vector<LoopKind> kinds = {
      {"reference", [] { return make_reference_loop(); }},
      {"libuv", [] { return make_libuv_loop(Clock::Virtual); }},
      {"libuv_real", [] { return make_libuv_loop(Clock::Real); }},
  };
  return kinds;
}

namespace {

std::vector<Run>& mutable_runs() {
  static std::vector<Run> all;
  return all;
}

}  // namespace

const std::vector<Run>& runs() { return mutable_runs(); }

void register_workload(const std::string& name, Workload w) {
  for (const LoopKind& kind : loop_kinds()) {
    mutable_runs().push_back({name + "/" + kind.name, [w, make = kind.make] {
                                RuntimeScope scope;
                                EventLoopPtr loop = make();
                                std::int64_t items = w(*loop);
                                loop->close();
                                return items;
                              }});
  }
}

void register_floor(const std::string& name, FloorWorkload w) {
  mutable_runs().push_back({name + "/floor", [w] {
                              FloorLoop loop;
                              return w(loop);
                            }});
}

std::vector<double> timer_delays(std::size_t n) {
  std::vector<double> out;
  out.reserve(n);
  std::uint32_t x = 2463534242u;
  for (std::size_t i = 0; i < n; ++i) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    out.push_back(static_cast<double>(x % 1000000u) * 1e-9);
  }
  return out;
}

}  // namespace loopspec::bench
