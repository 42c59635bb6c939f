// Open orders (docs/orders.md): the model's exploration of tied timers, and
// check_scenario's verdicts on loops that settle ties their own way, over
// every corpus scenario that declares `order: timer-ties`.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "candidates/due_order_loop.hpp"
#include "corpus/corpus.hpp"
#include "corpus/scenario_file.hpp"
#include "loopspec/reference_loop.hpp"
#include "loopspec/tasks.hpp"
#include "run/order_exploration.hpp"
#include "run/scenario_check.hpp"

namespace {

using namespace loopspec;
using namespace loopspec::harness;
using loopspec::candidates::DueOrder;

const std::string kGolden = LOOPSPEC_TEST_GOLDEN_DIR;

Implementation candidate(DueOrder rule, std::string name) {
  Implementation impl;
  impl.name = std::move(name);
  impl.factory = [rule] { return loopspec::candidates::make_due_order_loop(rule); };
  return impl;
}

/// The corpus's golden files whose scenario declares `order` among its open orders.
std::vector<ScenarioFile> scenarios_declaring(OpenOrder order) {
  std::vector<ScenarioFile> out;
  for (const auto& path : Corpus(kGolden).golden_files()) {
    ScenarioFile f = load_scenario_file(path);
    std::vector<OpenOrder> open = explorable_orders(f.program.meta);
    if (std::find(open.begin(), open.end(), order) != open.end()) out.push_back(std::move(f));
  }
  return out;
}

TEST(OpenOrders, EveryOrderOfFiveTiedCallbacksIsPermitted) {
  ScenarioFile f = load_scenario_file(kGolden + "/timer_ties/call_later_five_same_delay.json");
  PermittedTraces p = explore_orders(f.program, PythonVersion::v3_11, {OpenOrder::TimerTies});
  EXPECT_TRUE(p.error.empty()) << p.error;
  EXPECT_TRUE(p.complete);
  EXPECT_EQ(p.traces.size(), 120u);  // 5!
  EXPECT_EQ(p.runs, 120u);
  EXPECT_TRUE(p.find(*f.trace_for(PythonVersion::v3_11)));
  EXPECT_EQ(p.summary(), "120 permitted traces (120 runs of the model)");
}

TEST(OpenOrders, TheSearchStopsAtItsBoundAndSaysSo) {
  ScenarioFile f = load_scenario_file(kGolden + "/timer_ties/call_later_five_same_delay.json");
  ExplorationLimits limits;
  limits.max_runs = 7;
  PermittedTraces p = explore_orders(f.program, PythonVersion::v3_11, {OpenOrder::TimerTies}, limits);
  EXPECT_FALSE(p.complete);
  EXPECT_EQ(p.runs, 7u);
  EXPECT_EQ(p.summary(), "at least 7 permitted traces (the search stopped at its bound of 7 runs)");
  // The first run makes CPython's choices.
  EXPECT_EQ(p.find(*f.trace_for(PythonVersion::v3_11)), 0u);
}

TEST(OpenOrders, ALoopBreakingTiesInStartOrderPassesEveryTimerTiesScenario) {
  std::vector<ScenarioFile> files = scenarios_declaring(OpenOrder::TimerTies);
  ASSERT_GE(files.size(), 15u);
  Implementation fifo = candidate(DueOrder::DeadlineThenStart, "fifo-ties");
  int other_orders = 0;
  for (auto& f : files) {
    for (PythonVersion python : kPythonVersions) {
      if (!f.trace_for(python)) continue;
      Verdict v = check_scenario(f, fifo, python);
      EXPECT_EQ(v.outcome, Outcome::Pass) << f.path << " " << to_string(python) << "\n" << v.detail;
      EXPECT_FALSE(v.permitted.empty()) << f.path;
      other_orders += v.other_order;
    }
  }
  // Start order is not heapq's for three ties or more, so it must show somewhere.
  EXPECT_GT(other_orders, 0);
}

TEST(OpenOrders, ALoopRunningALaterDeadlineFirstFails) {
  ScenarioFile f = load_scenario_file(kGolden + "/timer_ties/past_deadlines_keep_deadline_order.json");
  Verdict v = check_scenario(f, candidate(DueOrder::StartOnly, "start-order"), PythonVersion::v3_11);
  ASSERT_EQ(v.outcome, Outcome::Fail);
  EXPECT_NE(v.detail.find("start-order's trace is none of the "), std::string::npos) << v.detail;
  EXPECT_NE(v.detail.find("against the nearest:"), std::string::npos) << v.detail;
}

/// Settles every set walk in the reverse of the model's default order.
class ReverseSetWalks : public OrderChooser {
 public:
  std::size_t choose(OpenOrder where, std::size_t options) override {
    return where == OpenOrder::SetIteration ? options - 1 : 0;
  }
};

TEST(OpenOrders, ALoopWalkingSetsInAnotherOrderPassesEverySetIterationScenario) {
  std::vector<ScenarioFile> files = scenarios_declaring(OpenOrder::SetIteration);
  ASSERT_GE(files.size(), 15u);
  Implementation reversed;
  reversed.name = "reversed-sets";
  reversed.factory = [] { return make_reference_loop_with(std::make_shared<ReverseSetWalks>()); };
  for (auto& f : files) {
    for (PythonVersion python : kPythonVersions) {
      if (!f.trace_for(python)) continue;
      Verdict v = check_scenario(f, reversed, python);
      EXPECT_EQ(v.outcome, Outcome::Pass) << f.path << " " << to_string(python) << "\n" << v.detail;
    }
  }
}

TEST(OpenOrders, ALoopDroppingATaskFromTheLeftoverWalkFails) {
  Implementation dropping;
  dropping.name = "drops-a-leftover";
  dropping.factory = make_reference_loop;
  // Runner's leftover cancelling, but the walk skips its last task.
  dropping.overrides.cancel_all_tasks = [](EventLoop& loop) {
    std::vector<TaskPtr> leftovers = all_tasks(&loop);
    if (!leftovers.empty()) leftovers.pop_back();
    std::vector<Value> aws;
    for (auto& t : leftovers) {
      t->cancel();
      aws.emplace_back(t);
    }
    if (!aws.empty()) loop.run_until_complete(Value(gather(aws, true)));
  };
  for (const char* id : {"run_leftovers_await_in_finally", "asyncio_run_cancels_leftovers"}) {
    ScenarioFile f = load_scenario_file(kGolden + "/set_iteration/" + id + ".json");
    Verdict v = check_scenario(f, dropping, PythonVersion::v3_11);
    ASSERT_EQ(v.outcome, Outcome::Fail) << id;
    EXPECT_NE(v.detail.find("drops-a-leftover's trace is none of the "), std::string::npos) << v.detail;
  }
}

TEST(OpenOrders, AGoldenOutsideThePermittedTracesIsTheModelsFault) {
  ScenarioFile f = load_scenario_file(kGolden + "/timer_ties/call_later_five_same_delay.json");
  std::vector<Json>& golden = f.traces.at(PythonVersion::v3_11);
  golden[0]["t"] = 0.2;  // no order of the ties moves a wake-up in time
  Implementation ref;
  ref.name = "ref";
  ref.factory = make_reference_loop;
  Verdict v = check_scenario(f, ref, PythonVersion::v3_11);
  ASSERT_EQ(v.outcome, Outcome::Fail);
  EXPECT_NE(v.detail.find("do not include CPython's golden: the model is wrong here, not ref"), std::string::npos)
      << v.detail;
}

TEST(OpenOrders, NoUndeclaredScenarioLetsAnOpenOrderShow) {
  // The scenario language's rule (docs/scenario-language.md#orders): an open
  // order that changes the trace must be declared.
  ExplorationLimits limits;
  limits.max_runs = 50;
  std::vector<std::string> undeclared;
  for (const auto& path : Corpus(kGolden).golden_files()) {
    ScenarioFile f = load_scenario_file(path);
    std::vector<OpenOrder> declared = explorable_orders(f.program.meta);
    for (OpenOrder order : {OpenOrder::TimerTies, OpenOrder::SetIteration}) {
      if (std::find(declared.begin(), declared.end(), order) != declared.end()) continue;
      for (PythonVersion python : kPythonVersions) {
        if (!f.trace_for(python)) continue;
        PermittedTraces p = explore_orders(f.program, python, {order}, limits);
        if (p.traces.size() > 1)
          undeclared.push_back(Corpus::id_of(path) + " on " + std::string(to_string(python)) + " needs order: " +
                               std::string(order_name(order)));
      }
    }
  }
  EXPECT_TRUE(undeclared.empty()) << "open orders change these traces undeclared: "
                                  << ::testing::PrintToString(undeclared);
}

}  // namespace
