// The `loopspec` command line, parsed with CLI11: one definition of every
// subcommand and option, from which the help text is made too
// (`loopspec --help`, `loopspec check --help`).
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "loopspec/implementation.hpp"

namespace loopspec::harness {

/// A bad command line: the message says what is wrong; exit status 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// `--help` was asked for: the message is the help text; exit status 0.
class HelpRequested : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// `loopspec run FILE`.
struct RunArgs {
  std::string file;
  std::string impl;  // empty: the one implementation linked, if only one is
  std::uint64_t max_steps = 20'000'000;
  PythonVersion python = kNewestPythonVersion;  // --python
};

/// `loopspec diff A B`.
struct DiffArgs {
  std::string expected, actual;
  std::optional<PythonVersion> python;  // --python: which trace of a golden file; none: its newest
};

/// `loopspec check` (docs/report.md).
struct CheckOptions {
  std::vector<std::string> impls;    // --impl; none (and no plugin): every built-in one
  std::vector<std::string> plugins;  // --plugin
  std::string expected_failures;     // --expected-failures, for the one implementation chosen
  std::vector<std::string> areas;    // --area
  std::vector<std::string> features; // --features: scenarios tagged with any of them
  std::vector<std::string> only;     // positional: scenario ids or areas
  ClockKind clock = ClockKind::Virtual;
  /// --python; none: the newest version the goldens record that every chosen implementation targets.
  std::optional<PythonVersion> python;
  std::vector<std::string> reports;  // --report, format by extension
  unsigned jobs = 0;                 // --jobs; 0: one per CPU
  double timeout = 10.0;             // --timeout, seconds per scenario
  std::vector<std::string> python_loops;  // --python-loop: a known loop, module:factory or FILE.json
  std::string golden_dir;            // --golden-dir; empty: Corpus::default_corpus()
};

/// `loopspec orders FILE` (docs/orders.md).
struct OrdersArgs {
  std::string file;
  PythonVersion python = kNewestPythonVersion;  // --python
  std::vector<std::string> orders;              // --order; none: those the scenario declares
  std::size_t max_runs = 20'000;                // --max-runs
  bool traces = false;                          // --traces: print every permitted trace
};

enum class Command { Run, Diff, Orders, Check, ListImpls };

struct CommandLine {
  Command command = Command::ListImpls;
  RunArgs run;
  DiffArgs diff;
  OrdersArgs orders;
  CheckOptions check;
};

/// Parses the arguments after the program name. UsageError or HelpRequested.
CommandLine parse_command_line(const std::vector<std::string>& args);

}  // namespace loopspec::harness
