// The golden test driver: one gtest test `<area>.<name>` per golden file
// <golden dir>/<area>/<name>.json, run on the implementation linked into this
// binary (loopspec_add_impl makes one binary per implementation).
//
//   loopspec_golden_<impl> [--golden-dir=DIR] [--impl=NAME] [gtest flags]
//
// The golden directory defaults to LOOPSPEC_GOLDEN_DIR (environment), else
// the source tree's traces/golden.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>

#include "loopspec/golden.hpp"
#include "loopspec/implementation.hpp"
#include "loopspec/scenario_runner.hpp"
#include "loopspec/trace_diff.hpp"

#ifndef LOOPSPEC_GOLDEN_DIR
#define LOOPSPEC_GOLDEN_DIR "traces/golden"
#endif

namespace {

using namespace loopspec::harness;

std::string trace_text(const std::vector<Json>& events) {
  std::string out;
  for (const auto& e : events) out += "  " + e.dump() + "\n";
  return out;
}

class GoldenTest : public testing::Test {
 public:
  GoldenTest(std::string path, const Implementation* impl) : path_(std::move(path)), impl_(impl) {}

  void TestBody() override {
    ScenarioFile file;
    try {
      file = load_scenario_file(path_);
    } catch (const LoadError& e) {
      FAIL() << e.what();
    }
    if (!file.trace) FAIL() << path_ << ": not a golden file (no trace)";
    auto missing = impl_->missing(file.program.meta.features);
    if (!missing.empty()) {
      std::string tags;
      for (const auto& m : missing) tags += (tags.empty() ? "" : ", ") + m;
      GTEST_SKIP() << impl_->name << " does not support: " << tags;
    }
    RunResult run = run_program(file.program, *impl_);
    if (!run.ok()) {
      FAIL() << "the run produced no complete trace: " << run.error << "\nevents so far:\n"
             << trace_text(run.events);
    }
    DiffOptions opts;
    opts.expected_label = "golden";
    opts.actual_label = impl_->name;
    opts.source_lines = find_scenario_source(path_, file.program.id);
    TraceDiff d = diff_traces(*file.trace, run.events, opts);
    if (!d.equal) FAIL() << path_ << "\n" << d.report;
  }

 private:
  std::string path_;
  const Implementation* impl_;
};

/// Removes `--name=value` from argv and returns the value.
std::string take_flag(int& argc, char** argv, const std::string& name) {
  std::string prefix = "--" + name + "=";
  std::string value;
  int out = 1;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a.rfind(prefix, 0) == 0) value = a.substr(prefix.size());
    else argv[out++] = argv[i];
  }
  argc = out;
  return value;
}

}  // namespace

int main(int argc, char** argv) {
  testing::InitGoogleTest(&argc, argv);
  std::string dir = take_flag(argc, argv, "golden-dir");
  std::string impl_name = take_flag(argc, argv, "impl");
  if (dir.empty()) {
    const char* env = std::getenv("LOOPSPEC_GOLDEN_DIR");
    dir = env && *env ? env : LOOPSPEC_GOLDEN_DIR;
  }
  const auto& impls = implementations();
  const Implementation* impl = nullptr;
  if (!impl_name.empty()) {
    impl = find_implementation(impl_name);
  } else if (impls.size() == 1) {
    impl = &impls.front();
  }
  if (!impl) {
    std::cerr << "loopspec golden tests: choose one implementation with --impl=NAME (linked:";
    for (const auto& i : impls) std::cerr << " " << i.name;
    std::cerr << ")\n";
    return 2;
  }
  for (const std::string& path : list_golden_files(dir)) {
    std::filesystem::path p(path);
    std::string area = p.parent_path().filename().string();
    std::string name = p.stem().string();
    testing::RegisterTest(area.c_str(), name.c_str(), nullptr, path.c_str(), __FILE__, __LINE__,
                          [path, impl]() -> testing::Test* { return new GoldenTest(path, impl); });
  }
  return RUN_ALL_TESTS();
}
