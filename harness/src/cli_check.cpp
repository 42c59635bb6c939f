// `loopspec check`: every golden scenario on every chosen implementation,
// a per-area summary on stdout and, with --report, a Markdown report.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>

#include "cli.hpp"
#include "loopspec/golden.hpp"
#include "loopspec/implementation.hpp"
#include "loopspec/scenario_runner.hpp"
#include "loopspec/trace_diff.hpp"

#ifndef LOOPSPEC_GOLDEN_DIR
#define LOOPSPEC_GOLDEN_DIR "traces/golden"
#endif

namespace loopspec::harness {
namespace {

enum class Outcome { Pass, Fail, Unsupported };

struct Result {
  std::string impl, area, id;
  Outcome outcome;
  std::string detail;  // why it failed or is unsupported
};

struct Counts {
  int pass = 0, fail = 0, unsupported = 0;
};

struct CheckOptions {
  std::vector<std::string> impls;
  std::string golden_dir;
  std::string report;
  std::vector<std::string> only;  // ids or areas
};

bool selected(const CheckOptions& o, const std::string& area, const std::string& id) {
  if (o.only.empty()) return true;
  for (const auto& s : o.only)
    if (s == area || s == id) return true;
  return false;
}

Result check_one(const std::string& path, const Implementation& impl) {
  std::filesystem::path p(path);
  Result r{impl.name, p.parent_path().filename().string(), "", Outcome::Pass, ""};
  r.id = r.area + "/" + p.stem().string();
  try {
    ScenarioFile f = load_scenario_file(path);
    if (!f.trace) throw LoadError(path + ": not a golden file");
    auto missing = impl.missing(f.program.meta.features);
    if (!missing.empty()) {
      r.outcome = Outcome::Unsupported;
      for (const auto& m : missing) r.detail += (r.detail.empty() ? "needs " : ", ") + m;
      return r;
    }
    RunResult run = run_program(f.program, impl);
    if (!run.ok()) {
      r.outcome = Outcome::Fail;
      r.detail = run.error;
      return r;
    }
    DiffOptions opts;
    opts.expected_label = "golden";
    opts.actual_label = impl.name;
    opts.source_lines = find_scenario_source(path, f.program.id);
    TraceDiff d = diff_traces(*f.trace, run.events, opts);
    if (!d.equal) {
      r.outcome = Outcome::Fail;
      r.detail = d.report;
    }
  } catch (const LoadError& e) {
    r.outcome = Outcome::Fail;
    r.detail = e.what();
  }
  return r;
}

void write_report(const std::string& file, const std::vector<Result>& results,
                  const std::map<std::pair<std::string, std::string>, Counts>& counts) {
  std::ofstream out(file);
  out << "# loopspec conformance report\n\n| implementation | area | pass | fail | unsupported |\n|---|---|---|---|---|\n";
  for (const auto& [key, c] : counts) {
    out << "| " << key.first << " | " << key.second << " | " << c.pass << " | " << c.fail << " | "
        << c.unsupported << " |\n";
  }
  out << "\n## Failures\n\n";
  for (const auto& r : results) {
    if (r.outcome != Outcome::Fail) continue;
    out << "### " << r.impl << ": " << r.id << "\n\n```\n" << r.detail << "\n```\n\n";
  }
}

}  // namespace

int check_command(const std::vector<std::string>& args) {
  CheckOptions o;
  o.golden_dir = LOOPSPEC_GOLDEN_DIR;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--impl" || a == "--golden-dir" || a == "--report") {
      if (i + 1 >= args.size()) {
        std::cerr << "loopspec: " << a << " needs a value\n";
        return kExitUsage;
      }
      const std::string& v = args[++i];
      if (a == "--impl") o.impls.push_back(v);
      else if (a == "--golden-dir") o.golden_dir = v;
      else o.report = v;
    } else if (a.rfind("--", 0) == 0) {
      std::cerr << "loopspec: unknown option " << a << "\n";
      return kExitUsage;
    } else {
      o.only.push_back(a);
    }
  }
  std::vector<const Implementation*> impls;
  if (o.impls.empty()) {
    for (const auto& i : implementations()) impls.push_back(&i);
  }
  for (const auto& name : o.impls) {
    const Implementation* i = find_implementation(name);
    if (!i) {
      std::cerr << "loopspec: no implementation '" << name << "'\n";
      return kExitUsage;
    }
    impls.push_back(i);
  }
  std::vector<std::string> files = list_golden_files(o.golden_dir);
  if (files.empty()) {
    std::cerr << "loopspec: no golden files under " << o.golden_dir << "\n";
    return kExitUsage;
  }
  std::vector<Result> results;
  std::map<std::pair<std::string, std::string>, Counts> counts;
  for (const Implementation* impl : impls) {
    for (const auto& path : files) {
      std::filesystem::path p(path);
      std::string area = p.parent_path().filename().string();
      if (!selected(o, area, area + "/" + p.stem().string())) continue;
      Result r = check_one(path, *impl);
      Counts& c = counts[{impl->name, r.area}];
      if (r.outcome == Outcome::Pass) ++c.pass;
      if (r.outcome == Outcome::Fail) ++c.fail;
      if (r.outcome == Outcome::Unsupported) ++c.unsupported;
      if (r.outcome == Outcome::Fail) {
        std::string first = r.detail.substr(0, r.detail.find('\n'));
        std::cout << "FAIL " << r.impl << " " << r.id << ": " << first << "\n";
      }
      results.push_back(std::move(r));
    }
  }
  int failed = 0;
  std::cout << "\nimplementation  area                 pass  fail  unsupported\n";
  for (const auto& [key, c] : counts) {
    std::printf("%-15s %-20s %5d %5d %12d\n", key.first.c_str(), key.second.c_str(), c.pass, c.fail, c.unsupported);
    failed += c.fail;
  }
  if (!o.report.empty()) write_report(o.report, results, counts);
  return failed ? kExitFailed : kExitOk;
}

}  // namespace loopspec::harness
