// generate_cases and shrink_in_batches (batch_search.hpp).
#include "batch_search.hpp"

#include <chrono>
#include <string>

#include "generator.hpp"

namespace loopspec::properties {
namespace {

/// Failures of one kind: trace disagreements, or runs that made no trace.
bool same_kind(const Verdict& a, const Verdict& b) {
  auto differs = [](const Verdict& v) { return v.summary.find("differs") != std::string::npos; };
  return differs(a) == differs(b);
}

}  // namespace

std::vector<rc::Shrinkable<Plan>> generate_cases(std::uint64_t seed, int n, Orders orders) {
  const int max_size = rc::detail::configuration().testParams.maxSize;
  rc::Gen<Plan> gen = gen_plan(orders);
  rc::Random random(seed);
  std::vector<rc::Shrinkable<Plan>> cases;
  for (int i = 0; i < n; ++i) cases.push_back(gen(random.split(), i % (max_size + 1)));
  return cases;
}

std::string shrink_note(const ShrinkResult& r) {
  if (r.finished) return "shrunk";
  return "shrunk for " + std::to_string(shrink_seconds()) + " s (LOOPSPEC_SHRINK_SECONDS), perhaps not to the smallest";
}

ShrinkResult shrink_in_batches(rc::Shrinkable<Plan> cur, const Verdict& original, const BatchJudge& judge,
                               int seconds, int batch) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  for (int round = 0; round < 500; ++round) {
    rc::Seq<rc::Shrinkable<Plan>> seq = cur.shrinks();
    bool moved = false;
    while (!moved) {
      if (std::chrono::steady_clock::now() > deadline) return {cur, false};
      std::vector<rc::Shrinkable<Plan>> group;
      while (static_cast<int>(group.size()) < batch) {
        auto next = seq.next();
        if (!next) break;
        group.push_back(std::move(*next));
      }
      if (group.empty()) break;
      std::vector<Plan> plans;
      for (const auto& s : group) plans.push_back(s.value());
      std::vector<Verdict> v = judge(plans);
      for (std::size_t k = 0; k < v.size() && !moved; ++k) {
        if (!v[k].ok && same_kind(v[k], original)) {
          cur = group[k];
          moved = true;
        }
      }
    }
    if (!moved) break;
  }
  return {cur, true};
}

}  // namespace loopspec::properties
