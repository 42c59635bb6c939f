// The traces a scenario's open orders permit (docs/orders.md): the reference
// model runs the program again and again, settling each choice point of the
// orders the scenario declares (`order:`) another way each time, by a
// depth-first search over the choices; every distinct trace it records is a
// permitted one. The search is exhaustive up to a bound on the number of
// runs; the first run chooses as CPython does.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/json.hpp"
#include "ir/ir.hpp"
#include "loopspec/open_orders.hpp"
#include "loopspec/python_version.hpp"

namespace loopspec::harness {

/// The declared orders (`order:` of `meta`) the model can explore.
std::vector<OpenOrder> explorable_orders(const ir::Meta& meta);
/// The `order:` names of every order the model can explore.
std::vector<std::string> explorable_order_names();

struct ExplorationLimits {
  /// Runs of the model at most; past it the search stops and says so.
  std::size_t max_runs = 20'000;
};

struct PermittedTraces {
  /// Distinct traces in the order the search met them; the first is the one
  /// of CPython's choices.
  std::vector<std::vector<Json>> traces;
  /// How many runs the search made, and how many choice points the deepest had.
  std::size_t runs = 0, deepest = 0;
  /// False when the search stopped at its bound: more traces may be permitted.
  bool complete = true;
  /// A run failed (the model's own error); then `traces` is incomplete.
  std::string error;

  /// The index in `traces` of a trace equal to `events`, if any.
  std::optional<std::size_t> find(const std::vector<Json>& events) const;
  /// The index in `traces` of the one that agrees longest with `events`
  /// (the most events in common before they differ): what a failure shows.
  std::size_t nearest(const std::vector<Json>& events) const;
  /// Keeps `events` unless an equal trace is already kept.
  void add(std::vector<Json> events);
  /// "3 permitted traces (12 runs)", "at least 500 permitted traces (bound of 20000 runs reached)".
  std::string summary() const;

 private:
  std::unordered_map<std::string, std::size_t> index_;  // a trace's text -> its place in `traces`
};

/// Explores `orders` of `program` (resolved on first use) under `python`'s rules.
/// Never throws: a failed run ends the search with `error` set.
PermittedTraces explore_orders(ir::Program& program, PythonVersion python, const std::vector<OpenOrder>& orders,
                               const ExplorationLimits& limits = {});

}  // namespace loopspec::harness
