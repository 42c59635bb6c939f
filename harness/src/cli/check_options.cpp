// parse_check_options (check_options.hpp).
#include "cli/check_options.hpp"

#include <cstdlib>
#include <filesystem>
#include <set>
#include <thread>

#include "corpus/corpus.hpp"
#include "corpus/feature_registry.hpp"

namespace loopspec::harness {
namespace {

namespace fs = std::filesystem;

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

double positive_number(const std::string& flag, const std::string& v) {
  try {
    std::size_t used = 0;
    double d = std::stod(v, &used);
    if (used == v.size() && d > 0) return d;
  } catch (const std::exception&) {
  }
  throw UsageError(flag + " needs a positive number, not '" + v + "'");
}

ClockKind clock_named(const std::string& v) {
  if (v == "virtual") return ClockKind::Virtual;
  if (v == "real") return ClockKind::Real;
  throw UsageError("--clock is virtual or real, not '" + v + "'");
}

std::string report_file(const std::string& v) {
  if (ends_with(v, ".md") || ends_with(v, ".html") || ends_with(v, ".json")) return v;
  throw UsageError("--report " + v + ": the format comes from the extension: .md, .html or .json");
}

const std::set<std::string> kFlags{"--impl",  "--plugin", "--expected-failures", "--area",   "--features", "--clock",
                                   "--report", "--jobs",   "--timeout",           "--uvloop", "--golden-dir"};

/// Applies `--flag value` for a flag of kFlags.
void apply_flag(CheckOptions& o, const std::string& flag, const std::string& v) {
  auto append_list = [&v](std::vector<std::string>& to) {
    for (auto& item : split_feature_list(v)) to.push_back(item);
  };
  if (flag == "--impl") o.impls.push_back(v);
  else if (flag == "--plugin") o.plugins.push_back(v);
  else if (flag == "--expected-failures") o.expected_failures = v;
  else if (flag == "--area") append_list(o.areas);
  else if (flag == "--features") append_list(o.features);
  else if (flag == "--clock") o.clock = clock_named(v);
  else if (flag == "--report") o.reports.push_back(report_file(v));
  else if (flag == "--jobs") o.jobs = static_cast<unsigned>(positive_number(flag, v));
  else if (flag == "--timeout") o.timeout = positive_number(flag, v);
  else if (flag == "--uvloop") o.uvloop = v;
  else if (flag == "--golden-dir") o.golden_dir = v;
}

}  // namespace

CheckOptions parse_check_options(const std::vector<std::string>& args) {
  CheckOptions o;
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string a = args[i];
    std::string value;
    bool inline_value = false;
    if (auto eq = a.find('='); a.rfind("--", 0) == 0 && eq != std::string::npos) {
      value = a.substr(eq + 1);  // --flag=value
      a = a.substr(0, eq);
      inline_value = true;
    }
    if (a.rfind("--", 0) != 0) {
      o.only.push_back(a);
      continue;
    }
    if (!kFlags.count(a)) throw UsageError("unknown option " + a + " (see loopspec check --help)");
    if (!inline_value) {
      if (i + 1 >= args.size()) throw UsageError(a + " needs a value");
      value = args[++i];
    }
    apply_flag(o, a, value);
  }
  if (o.jobs == 0) o.jobs = std::max(1u, std::thread::hardware_concurrency());
  if (!o.expected_failures.empty() && o.impls.size() + o.plugins.size() != 1)
    throw UsageError("--expected-failures applies to one implementation: choose it with --impl or --plugin");
  if (o.golden_dir.empty()) o.golden_dir = Corpus::default_corpus().golden_dir();
  return o;
}

}  // namespace loopspec::harness
