// The command line of `loopspec check` (cli_check.cpp):
//
//   loopspec check [--impl NAME]... [--plugin PATH]... [--expected-failures FILE]
//                  [--area A[,B]]... [--features F[,G]]... [--clock virtual|real]
//                  [--report FILE.md|FILE.html|FILE.json]... [--jobs N] [--timeout SECONDS]
//                  [--uvloop auto|off|FILE.json] [--golden-dir DIR] [scenario-id-or-area...]
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "loopspec/implementation.hpp"

namespace loopspec::harness {

/// A bad command line: the message says what to type instead.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct CheckOptions {
  std::vector<std::string> impls;    // --impl; none (and no plugin): every built-in one
  std::vector<std::string> plugins;  // --plugin
  std::string expected_failures;     // --expected-failures, for the one implementation chosen
  std::vector<std::string> areas;    // --area
  std::vector<std::string> features; // --features: scenarios tagged with any of them
  std::vector<std::string> only;     // positional: scenario ids or areas
  ClockKind clock = ClockKind::Virtual;
  std::vector<std::string> reports;  // --report, format by extension
  unsigned jobs = 0;                 // --jobs; 0: one per CPU
  double timeout = 10.0;             // --timeout, seconds per scenario
  std::string uvloop = "auto";       // --uvloop
  std::string golden_dir;            // --golden-dir; empty: Corpus::default_corpus()
};

/// UsageError on a bad argument.
CheckOptions parse_check_options(const std::vector<std::string>& args);

}  // namespace loopspec::harness
