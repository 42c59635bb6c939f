// The `loopspec` command: run, diff, orders, check and list-impls (`loopspec --help`;
// the subcommands and their options are defined once, in command_line.cpp).
//
// Every error is a message on stderr and a non-zero exit: no exception
// leaves main.
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "cli/cli.hpp"
#include "common/errors.hpp"
#include "corpus/scenario_file.hpp"
#include "loopspec/implementation.hpp"
#include "run/order_exploration.hpp"
#include "run/scenario_runner.hpp"
#include "trace/trace_diff.hpp"
#include "trace/trace_file.hpp"

namespace loopspec::harness {
namespace {

const Implementation& chosen_implementation(const std::string& name) {
  if (name.empty()) {
    if (implementations().size() != 1)
      throw UsageError("run: choose an implementation with --impl: " + linked_implementation_names());
    return implementations().front();
  }
  const Implementation* impl = find_implementation(name);
  if (!impl) throw UsageError("run: no implementation '" + name + "'; linked: " + linked_implementation_names());
  return *impl;
}

int run_command(const RunArgs& args) {
  const Implementation& impl = chosen_implementation(args.impl);
  ScenarioFile scenario = load_scenario_file(args.file);
  RunOptions options;
  options.max_steps = args.max_steps;
  options.python = args.python;
  RunResult run = run_program(scenario.program, impl, options);
  Json header = Json::object();
  header["scenario"] = scenario.program.id;
  header["runtime"] = "loopspec " + impl.name + " (CPython " + std::string(to_string(args.python)) + " rules)";
  header["loop"] = "virtual";
  std::cout << header.dump() << "\n";
  for (const auto& e : run.events) std::cout << e.dump() << "\n";
  std::cout.flush();
  if (!run.ok()) {
    std::cerr << "loopspec: " << run.error << "\n";
    return kExitFailed;
  }
  return kExitOk;
}

int diff_command(const DiffArgs& args) {
  std::vector<Json> a = load_trace_file(args.expected, args.python);
  std::vector<Json> b = load_trace_file(args.actual, args.python);
  DiffOptions opts;
  opts.expected_label = args.expected;
  opts.actual_label = args.actual;
  TraceDiff d = diff_traces(a, b, opts);
  if (d.equal) return kExitOk;
  std::cout << d.report;
  return kExitFailed;
}

int orders_command(const OrdersArgs& args) {
  ScenarioFile scenario = load_scenario_file(args.file);
  ir::Meta asked;
  asked.order = args.orders;
  std::vector<OpenOrder> open = explorable_orders(args.orders.empty() ? scenario.program.meta : asked);
  ExplorationLimits limits;
  limits.max_runs = args.max_runs;
  PermittedTraces p = explore_orders(scenario.program, args.python, open, limits);
  std::string explored;
  for (OpenOrder o : open) explored += (explored.empty() ? "" : ", ") + std::string(order_name(o));
  std::cout << scenario.program.id << " (CPython " << to_string(args.python) << " rules; open orders explored: "
            << (explored.empty() ? "none" : explored) << "): " << p.summary() << "; the deepest run met " << p.deepest
            << " choice point" << (p.deepest == 1 ? "" : "s") << "\n";
  if (const std::vector<Json>* golden = scenario.trace_for(args.python)) {
    std::optional<std::size_t> at = p.find(*golden);
    std::cout << (at ? "CPython's golden is permitted trace " + std::to_string(*at + 1)
                     : std::string("CPython's golden is NOT among them"))
              << "\n";
  }
  for (std::size_t i = 0; args.traces && i < p.traces.size(); ++i) {
    std::cout << "# trace " << i + 1 << "\n";
    for (const auto& e : p.traces[i]) std::cout << e.dump() << "\n";
  }
  if (p.error.empty()) return kExitOk;
  std::cerr << "loopspec: " << p.error << "\n";
  return kExitFailed;
}

int list_impls_command() {
  for (const auto& i : implementations()) {
    std::string features;
    for (const auto& f : i.features) features += (features.empty() ? "" : " ") + f;
    std::cout << i.name << "\t" << (features == "*" ? "all features" : features)
              << (i.real_clock_factory ? "\treal clock" : "\tvirtual clock only")
              << (i.expected_failures_file.empty() ? "" : "\texpected failures: " + i.expected_failures_file) << "\n";
  }
  return kExitOk;
}

int dispatch(const std::vector<std::string>& args) {
  CommandLine cl = parse_command_line(args);
  switch (cl.command) {
    case Command::Run: return run_command(cl.run);
    case Command::Diff: return diff_command(cl.diff);
    case Command::Orders: return orders_command(cl.orders);
    case Command::Check: return check_command(cl.check);
    case Command::ListImpls: return list_impls_command();
  }
  return kExitUsage;
}

}  // namespace
}  // namespace loopspec::harness

int main(int argc, char** argv) {
  using namespace loopspec::harness;
  try {
    return dispatch(std::vector<std::string>(argv + 1, argv + argc));
  } catch (const HelpRequested& help) {
    std::cout << help.what();
    return kExitOk;
  } catch (const UsageError& e) {
    std::cerr << "loopspec: " << e.what() << "\n(see loopspec --help)\n";
  } catch (const LoadError& e) {
    std::cerr << "loopspec: " << e.what() << "\n";
  } catch (const std::exception& e) {
    std::cerr << "loopspec: internal error: " << e.what() << "\n";
  } catch (...) {
    std::cerr << "loopspec: internal error: unknown exception\n";
  }
  return kExitUsage;
}
