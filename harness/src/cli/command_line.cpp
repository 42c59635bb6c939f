// parse_command_line (command_line.hpp).
#include "cli/command_line.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <regex>
#include <string_view>
#include <thread>

#include "corpus/corpus.hpp"
#include "corpus/feature_registry.hpp"
#include "report/python_loop_column.hpp"
#include "run/order_exploration.hpp"

namespace loopspec::harness {
namespace {

const CLI::Validator kReportFile(
    [](std::string& v) -> std::string {
      for (const char* ext : {".md", ".html", ".json"})
        if (v.ends_with(ext)) return "";
      return "the report's format comes from its extension: .md, .html or .json";
    },
    "FILE.md|.html|.json");

// CLI11's own range checks print the range's double bounds, 309 digits of
// them; and an unsigned target takes "-1" as 2^64 - 1.
const CLI::Validator kCount(
    [](std::string& v) -> std::string {
      bool digits = !v.empty() && v.find_first_not_of("0123456789") == std::string::npos;
      if (digits && v.find_first_not_of('0') != std::string::npos) return "";
      return "must be a whole number of 1 or more, not '" + v + "'";
    },
    "N>0");

// The loops traces/loopspec-traces compare-loop knows by name
// (docs/report.md#python-loops); any other installed loop is module:factory.
constexpr std::string_view kKnownLoops[] = {"asyncio", "asyncio-pure", "uvloop", "gbulb", "nest_asyncio"};

const CLI::Validator kPythonLoop(
    [](std::string& v) -> std::string {
      static const std::regex factory(R"([A-Za-z_]\w*(\.[A-Za-z_]\w*)*:[A-Za-z_]\w*(\.[A-Za-z_]\w*)*)");
      if (is_compare_loop_file(v) || std::ranges::find(kKnownLoops, v) != std::end(kKnownLoops) ||
          std::regex_match(v, factory))
        return "";
      std::string known;
      for (auto name : kKnownLoops) known += std::string(known.empty() ? "" : ", ") + std::string(name);
      return "unknown loop '" + v + "': give a known loop (" + known +
             "), MODULE:FACTORY for another installed loop, or the FILE.json of an earlier compare-loop --json run";
    },
    "LOOP|MODULE:FACTORY|FILE.json");

const CLI::Validator kSeconds(
    [](std::string& v) -> std::string {
      double d = 0;
      if (CLI::detail::lexical_cast(v, d) && d > 0 && d < 1e9) return "";
      return "must be a number of seconds above 0, not '" + v + "'";
    },
    "SECONDS");

/// --python X.Y: whose asyncio rules a run follows (docs/versions.md).
template <typename Target>
void add_python_option(CLI::App* cmd, Target& target, const std::string& help) {
  std::vector<std::string> names;
  for (PythonVersion v : kPythonVersions) names.emplace_back(to_string(v));
  cmd->add_option_function<std::string>(
         "--python", [&target](const std::string& v) { target = *parse_python_version(v); }, help)
      ->check(CLI::IsMember(names));
}

/// Lists given as "a,b", "a b" or by repeating the option.
void split_lists(std::vector<std::string>& v) {
  std::vector<std::string> out;
  for (const auto& item : v)
    for (auto& tag : split_feature_list(item)) out.push_back(std::move(tag));
  v = std::move(out);
}

void define_run(CLI::App& app, RunArgs& a) {
  CLI::App* run = app.add_subcommand("run", "Run one scenario and print its trace as JSON Lines (header first).\n"
                                            "Exit 0; 1 when the run cannot make a whole trace; 2 on bad input.");
  run->add_option("file", a.file, "a golden or IR file")->required();
  run->add_option("--impl", a.impl, "the implementation (default: the only one linked)");
  run->add_option("--max-steps", a.max_steps, "statements and callbacks before the run counts as endless")
      ->check(kCount)
      ->capture_default_str();
  add_python_option(run, a.python, "follow this CPython version's asyncio (default: the newest, 3.13)");
}

void define_diff(CLI::App& app, DiffArgs& a) {
  CLI::App* diff = app.add_subcommand("diff", "Compare two traces (JSON Lines or golden files); exit 1 when they differ.");
  diff->add_option("expected", a.expected, "the first trace")->required();
  diff->add_option("actual", a.actual, "the second trace")->required();
  add_python_option(diff, a.python, "which trace of a golden file (default: the newest it records)");
}

void define_orders(CLI::App& app, OrdersArgs& a) {
  CLI::App* orders = app.add_subcommand(
      "orders",
      "Explore the orders a scenario leaves open (order: timer-ties, set-iteration) on the reference model\n"
      "and say how many distinct traces they permit (docs/orders.md). Exit 0; 1 when a run fails; 2 on bad input.");
  orders->add_option("file", a.file, "a golden or IR file")->required();
  add_python_option(orders, a.python, "follow this CPython version's asyncio (default: the newest, 3.13)");
  orders->add_option("--order", a.orders, "explore these open orders instead of those the scenario declares")
      ->check(CLI::IsMember(explorable_order_names()))
      ->allow_extra_args(false);
  orders->add_option("--max-runs", a.max_runs, "runs of the model before the search stops")
      ->check(kCount)
      ->capture_default_str();
  orders->add_flag("--traces", a.traces, "print every permitted trace (JSON Lines, each after a '# trace N' line)");
}

/// A repeatable option takes one value each time: `--plugin p.so gather`
/// names one plugin and one area.
void define_check(CLI::App& app, CheckOptions& o) {
  CLI::App* c = app.add_subcommand(
      "check",
      "Run golden scenarios on implementations (default: every built-in one), each in a child process\n"
      "limited to --timeout seconds, and on each --python-loop. Exit 1 on a failure or an XPASS; 2 on bad\n"
      "input or a Python loop's failed comparison. See docs/report.md and docs/plugins.md.");
  c->add_option("--impl", o.impls, "a built-in implementation (repeatable)")->allow_extra_args(false);
  c->add_option("--plugin", o.plugins, "a plugin's shared library (repeatable)")->allow_extra_args(false);
  c->add_option("--expected-failures", o.expected_failures, "the expected-failures list of the one implementation");
  c->add_option("--area", o.areas, "areas to check: A[,B] (repeatable)")->allow_extra_args(false);
  c->add_option("--features", o.features, "scenarios tagged with any of F[,G] (repeatable)")->allow_extra_args(false);
  c->add_option("--clock", o.clock, "the loops' clock")
      ->transform(CLI::CheckedTransformer(std::map<std::string, ClockKind>{{"virtual", ClockKind::Virtual},
                                                                           {"real", ClockKind::Real}}));
  add_python_option(c, o.python,
                    "check under this CPython version's asyncio rules and goldens (default: the newest\n"
                    "version the goldens record that every chosen implementation targets)");
  c->add_option("--report", o.reports, "write the report to FILE.md, FILE.html or FILE.json (repeatable)")
      ->check(kReportFile)
      ->allow_extra_args(false);
  c->add_option("--jobs", o.jobs, "children at a time (default: one per CPU)")->check(kCount);
  c->add_option("--timeout", o.timeout, "seconds per scenario")->check(kSeconds)->capture_default_str();
  c->add_option("--python-loop", o.python_loops,
                "a Python loop's column (repeatable): a loop compare-loop knows, MODULE:FACTORY, or the\n"
                "FILE.json of an earlier compare-loop --json run")
      ->check(kPythonLoop)
      ->allow_extra_args(false);
  c->add_option("--golden-dir", o.golden_dir, "the golden corpus (default: the installed or built-in one)");
  c->add_option("scenario", o.only, "scenario ids or areas to check (default: all)");
}

/// What parsing cannot check option by option.
void finish_check(CheckOptions& o) {
  split_lists(o.areas);
  split_lists(o.features);
  if (o.jobs == 0) o.jobs = std::max(1u, std::thread::hardware_concurrency());
  if (!o.expected_failures.empty() && o.impls.size() + o.plugins.size() != 1)
    throw UsageError("--expected-failures applies to one implementation: choose it with --impl or --plugin");
  if (o.golden_dir.empty()) o.golden_dir = Corpus::default_corpus().golden_dir();
}

}  // namespace

CommandLine parse_command_line(const std::vector<std::string>& args) {
  CommandLine cl;
  CLI::App app("loopspec: asyncio event-loop conformance (docs/report.md)", "loopspec");
  app.require_subcommand(1);
  define_run(app, cl.run);
  define_diff(app, cl.diff);
  define_orders(app, cl.orders);
  define_check(app, cl.check);
  app.add_subcommand("list-impls", "List the built-in implementations, their features and clocks.");
  std::vector<std::string> reversed(args.rbegin(), args.rend());  // CLI11 takes them last first
  try {
    app.parse(reversed);
  } catch (const CLI::CallForHelp&) {
    throw HelpRequested(app.help());
  } catch (const CLI::CallForAllHelp&) {
    throw HelpRequested(app.help("", CLI::AppFormatMode::All));
  } catch (const CLI::ParseError& e) {
    std::string which = app.get_subcommands().empty() ? "" : app.get_subcommands().front()->get_name() + ": ";
    throw UsageError(which + e.what());
  }
  const std::string name = app.get_subcommands().front()->get_name();
  if (name == "run") cl.command = Command::Run;
  else if (name == "diff") cl.command = Command::Diff;
  else if (name == "orders") cl.command = Command::Orders;
  else if (name == "list-impls") cl.command = Command::ListImpls;
  else {
    cl.command = Command::Check;
    finish_check(cl.check);
  }
  return cl;
}

}  // namespace loopspec::harness
