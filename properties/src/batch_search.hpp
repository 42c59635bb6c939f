// What the properties judged in batches share (the model against CPython,
// the model against each Python loop): generating a chunk's programs from
// its seed, and shrinking a failure with the judge in the loop. Their
// programs run in one external process per batch, not one RapidCheck case
// at a time, so RapidCheck's own search does not fit.
#pragma once

#include <rapidcheck.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "budget.hpp"
#include "checks.hpp"
#include "plan.hpp"

namespace loopspec::properties {

/// Judges plans in one batch; one verdict per plan, in order.
using BatchJudge = std::function<std::vector<Verdict>(const std::vector<Plan>&)>;

/// `n` shrinkable plans from `seed`, their sizes cycling 0..max_size.
std::vector<rc::Shrinkable<Plan>> generate_cases(std::uint64_t seed, int n, Orders orders = Orders::Closed);

struct ShrinkResult {
  rc::Shrinkable<Plan> smallest;
  /// False when the time budget ran out before no shrink failed any more.
  bool finished;
};

/// Greedy shrinking: take the first shrink that still fails the same way
/// (a trace disagreement, or a run that made no trace), until none does or
/// `seconds` of wall time have passed. `batch` candidates are judged per call.
/// "shrunk", or how far the time budget let the shrinking go.
std::string shrink_note(const ShrinkResult& r);

ShrinkResult shrink_in_batches(rc::Shrinkable<Plan> failing, const Verdict& original, const BatchJudge& judge,
                               int seconds = shrink_seconds(), int batch = 64);

}  // namespace loopspec::properties
