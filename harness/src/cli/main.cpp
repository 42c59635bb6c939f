// The `loopspec` command.
//
//   loopspec run <golden-or-IR-file> --impl <name> [--max-steps N]
//       Runs the scenario and prints its trace as JSON Lines (header first).
//       Exit 0; 1 when the run cannot make a whole trace; 2 on bad input.
//   loopspec diff <trace-a> <trace-b>
//       Compares two traces (JSON Lines or golden files); exit 1 when they differ.
//   loopspec check [--impl NAME | --plugin PATH]... [--area A] [--features F] [--clock virtual|real]
//                  [--report FILE.md|.html|.json] [--jobs N] [--timeout S] [id-or-area...]
//       Runs golden scenarios on implementations, each in a child process;
//       exit 1 on an unexpected failure or pass (`loopspec check --help`).
//   loopspec list-impls
//
// Every error is a message on stderr and a non-zero exit: no exception
// leaves main.
#include <cstring>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "cli/cli.hpp"
#include "common/errors.hpp"
#include "corpus/scenario_file.hpp"
#include "trace/trace_file.hpp"
#include "loopspec/implementation.hpp"
#include "run/scenario_runner.hpp"
#include "trace/trace_diff.hpp"

namespace loopspec::harness {
namespace {

constexpr const char* kUsage =
    "usage: loopspec run <golden-or-IR-file> --impl <name> [--max-steps N]\n"
    "       loopspec diff <trace-a> <trace-b>\n"
    "       loopspec check [--impl NAME | --plugin PATH]... [--area A] [--features F] [--clock virtual|real]\n"
    "                      [--report FILE.md|.html|.json] [--jobs N] [--timeout S] [id-or-area...]\n"
    "                      (loopspec check --help for all options)\n"
    "       loopspec list-impls\n";

int usage_error(const std::string& message) {
  std::cerr << "loopspec: " << message << "\n" << kUsage;
  return kExitUsage;
}

std::string impl_names() {
  std::string out;
  for (const auto& i : implementations()) out += (out.empty() ? "" : ", ") + i.name;
  return out.empty() ? "(none linked)" : out;
}

int run_command(const std::vector<std::string>& args) {
  std::string file, impl_name;
  RunOptions options;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--impl" || a == "--max-steps") {
      if (i + 1 >= args.size()) return usage_error(a + " needs a value");
      const std::string& v = args[++i];
      if (a == "--impl") {
        impl_name = v;
      } else {
        try {
          options.max_steps = std::stoull(v);
        } catch (const std::exception&) {
          return usage_error("--max-steps needs a number, not '" + v + "'");
        }
      }
    } else if (a.rfind("--", 0) == 0) {
      return usage_error("unknown option " + a);
    } else if (file.empty()) {
      file = a;
    } else {
      return usage_error("run takes one file");
    }
  }
  if (file.empty()) return usage_error("run needs a golden or IR file");
  if (impl_name.empty()) {
    if (implementations().size() != 1) return usage_error("choose an implementation with --impl: " + impl_names());
    impl_name = implementations().front().name;
  }
  const Implementation* impl = find_implementation(impl_name);
  if (!impl) return usage_error("no implementation '" + impl_name + "'; linked: " + impl_names());

  ScenarioFile scenario = load_scenario_file(file);
  RunResult run = run_program(scenario.program, *impl, options);
  Json header = Json::object();
  header["scenario"] = scenario.program.id;
  header["runtime"] = "loopspec " + impl->name;
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

int diff_command(const std::vector<std::string>& args) {
  if (args.size() != 2) return usage_error("diff takes two trace files");
  std::vector<Json> a = load_trace_file(args[0]);
  std::vector<Json> b = load_trace_file(args[1]);
  DiffOptions opts;
  opts.expected_label = args[0];
  opts.actual_label = args[1];
  TraceDiff d = diff_traces(a, b, opts);
  if (d.equal) return kExitOk;
  std::cout << d.report;
  return kExitFailed;
}

int list_impls_command(const std::vector<std::string>& args) {
  if (!args.empty()) return usage_error("list-impls takes no arguments");
  for (const auto& i : implementations()) {
    std::string features;
    for (const auto& f : i.features) features += (features.empty() ? "" : " ") + f;
    std::cout << i.name << "\t" << (features == "*" ? "all features" : features)
              << (i.real_clock_factory ? "\treal clock" : "\tvirtual clock only")
              << (i.expected_failures_file.empty() ? "" : "\texpected failures: " + i.expected_failures_file) << "\n";
  }
  return kExitOk;
}

int dispatch(int argc, char** argv) {
  if (argc < 2) return usage_error("no command given");
  std::string cmd = argv[1];
  std::vector<std::string> args(argv + 2, argv + argc);
  if (cmd == "run") return run_command(args);
  if (cmd == "diff") return diff_command(args);
  if (cmd == "check") return check_command(args);
  if (cmd == "list-impls") return list_impls_command(args);
  if (cmd == "-h" || cmd == "--help" || cmd == "help") {
    std::cout << kUsage;
    return kExitOk;
  }
  return usage_error("unknown command '" + cmd + "'");
}

}  // namespace
}  // namespace loopspec::harness

int main(int argc, char** argv) {
  using namespace loopspec::harness;
  try {
    return dispatch(argc, argv);
  } catch (const LoadError& e) {
    std::cerr << "loopspec: " << e.what() << "\n";
  } catch (const std::exception& e) {
    std::cerr << "loopspec: internal error: " << e.what() << "\n";
  } catch (...) {
    std::cerr << "loopspec: internal error: unknown exception\n";
  }
  return kExitUsage;
}
