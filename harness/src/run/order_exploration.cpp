// explore_orders (order_exploration.hpp).
#include "run/order_exploration.hpp"

#include <algorithm>
#include <memory>
#include <utility>

#include "loopspec/implementation.hpp"
#include "loopspec/reference_loop.hpp"
#include "run/scenario_runner.hpp"

namespace loopspec::harness {
namespace {

constexpr OpenOrder kExplorable[] = {OpenOrder::TimerTies, OpenOrder::SetIteration};

/// A trace as one string: how traces are told apart.
std::string trace_key(const std::vector<Json>& events) {
  std::string key;
  for (const auto& e : events) key += e.dump() + "\n";
  return key;
}

/// Settles the explored orders from a script of choices and then with the
/// first option, noting each choice point's options, so that the next
/// script in depth-first order follows from the last run. Orders not
/// explored are CPython's.
class DepthFirstChooser : public OrderChooser {
 public:
  explicit DepthFirstChooser(std::vector<OpenOrder> explored) : explored_(std::move(explored)) {}

  void start(std::vector<std::size_t> script) {
    script_ = std::move(script);
    taken_.clear();
  }

  std::size_t choose(OpenOrder where, std::size_t options) override {
    if (std::find(explored_.begin(), explored_.end(), where) == explored_.end()) return 0;
    const std::size_t at = taken_.size();
    // A run is a function of its choices, so a replayed point has the same options.
    const std::size_t choice = at < script_.size() ? std::min(script_[at], options - 1) : 0;
    taken_.push_back({choice, options});
    return choice;
  }

  std::size_t depth() const { return taken_.size(); }

  /// The choices of the next run: the last run's, up to its deepest point
  /// with an option left, which takes the next option. None when every
  /// choice point has had all its options.
  std::optional<std::vector<std::size_t>> next_script() const {
    for (std::size_t k = taken_.size(); k-- > 0;) {
      if (taken_[k].choice + 1 == taken_[k].options) continue;
      std::vector<std::size_t> script;
      for (std::size_t i = 0; i < k; ++i) script.push_back(taken_[i].choice);
      script.push_back(taken_[k].choice + 1);
      return script;
    }
    return std::nullopt;
  }

 private:
  struct Taken {
    std::size_t choice, options;
  };
  std::vector<OpenOrder> explored_;
  std::vector<std::size_t> script_;
  std::vector<Taken> taken_;
};

/// How many events two traces share before they differ.
std::size_t common_prefix(const std::vector<Json>& a, const std::vector<Json>& b) {
  std::size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
  return n;
}

}  // namespace

std::vector<OpenOrder> explorable_orders(const ir::Meta& meta) {
  std::vector<OpenOrder> out;
  for (OpenOrder o : kExplorable)
    if (std::find(meta.order.begin(), meta.order.end(), order_name(o)) != meta.order.end()) out.push_back(o);
  return out;
}

std::vector<std::string> explorable_order_names() {
  std::vector<std::string> out;
  for (OpenOrder o : kExplorable) out.emplace_back(order_name(o));
  return out;
}

std::optional<std::size_t> PermittedTraces::find(const std::vector<Json>& events) const {
  auto it = index_.find(trace_key(events));
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

std::size_t PermittedTraces::nearest(const std::vector<Json>& events) const {
  std::size_t best = 0, best_prefix = 0;
  for (std::size_t i = 0; i < traces.size(); ++i) {
    std::size_t prefix = common_prefix(traces[i], events);
    if (prefix > best_prefix) best = i, best_prefix = prefix;
  }
  return best;
}

void PermittedTraces::add(std::vector<Json> events) {
  if (index_.emplace(trace_key(events), traces.size()).second) traces.push_back(std::move(events));
}

std::string PermittedTraces::summary() const {
  std::string n = std::to_string(traces.size()) + " permitted trace" + (traces.size() == 1 ? "" : "s");
  if (!complete) return "at least " + n + " (the search stopped at its bound of " + std::to_string(runs) + " runs)";
  return n + " (" + std::to_string(runs) + " run" + (runs == 1 ? "" : "s") + " of the model)";
}

PermittedTraces explore_orders(ir::Program& program, PythonVersion python, const std::vector<OpenOrder>& orders,
                               const ExplorationLimits& limits) {
  auto chooser = std::make_shared<DepthFirstChooser>(orders);
  Implementation model;
  model.name = "reference";
  model.factory = [chooser] { return make_reference_loop_with(chooser); };
  RunOptions options;
  options.python = python;
  PermittedTraces out;
  std::optional<std::vector<std::size_t>> script = std::vector<std::size_t>{};
  while (script) {
    if (out.runs == limits.max_runs) {
      out.complete = false;
      break;
    }
    chooser->start(std::move(*script));
    RunResult run = run_program(program, model, options);
    ++out.runs;
    if (!run.ok()) {
      out.error = run.error;
      break;
    }
    out.deepest = std::max(out.deepest, chooser->depth());
    out.add(std::move(run.events));
    script = chooser->next_script();
  }
  return out;
}

}  // namespace loopspec::harness
