// The golden test driver: one gtest test `<area>.<name>/<X.Y>` per golden
// file <golden dir>/<area>/<name>.json and CPython version the
// implementation targets, run on the implementation linked into this binary
// (loopspec_add_impl makes one binary per implementation).
//
//   loopspec_golden_<impl> [--golden-dir=DIR] [--impl=NAME] [--python=X.Y]... [gtest flags]
//
// A version the golden records no trace for (a scenario that needs a newer
// CPython) is skipped. When every test a run selected was skipped, the
// driver prints "loopspec: every selected test was skipped", the line
// ctest's SKIP_REGULAR_EXPRESSION looks for: a scenario that passes on one
// version and is skipped on another is a pass.
//
// The golden directory defaults to Corpus::default_corpus() ($LOOPSPEC_GOLDEN_DIR,
// else the corpus this driver was built with). Verdicts are check_scenario's, as in
// `loopspec check`: an unsupported scenario is skipped (ctest: Skipped) with
// the missing tags; an expected failure passes and prints
// "expected failure: <reason>"; an unexpected pass (XPASS) fails.
#include <CLI/CLI.hpp>
#include <gtest/gtest.h>

#include <iostream>
#include <optional>
#include <set>
#include <string>

#include "common/errors.hpp"
#include "corpus/corpus.hpp"
#include "corpus/expected_failures.hpp"
#include "corpus/feature_registry.hpp"
#include "corpus/scenario_file.hpp"
#include "loopspec/implementation.hpp"
#include "run/scenario_check.hpp"

namespace {

using namespace loopspec;
using namespace loopspec::harness;

class GoldenTest : public testing::Test {
 public:
  GoldenTest(std::string path, std::string id, const Implementation* impl, PythonVersion python,
             const ExpectedFailures* expected)
      : path_(std::move(path)), id_(std::move(id)), impl_(impl), python_(python), expected_(expected) {}

  void TestBody() override {
    ScenarioFile file;
    try {
      file = load_scenario_file(path_);
    } catch (const LoadError& e) {
      FAIL() << e.what();
    }
    Verdict v = check_scenario(file, *impl_, python_);
    if (v.outcome != Outcome::Unsupported) v = apply_expectation(std::move(v), expected_->find(id_));
    switch (v.outcome) {
      case Outcome::Pass: return;
      case Outcome::Unsupported: GTEST_SKIP() << "unsupported: " << v.reason;
      case Outcome::ExpectedFailure:
        std::cout << v.reason << "\n" << v.detail << "\n";
        return;
      case Outcome::UnexpectedPass: FAIL() << v.reason;
      case Outcome::Fail: FAIL() << v.detail;
    }
  }

 private:
  std::string path_, id_;
  const Implementation* impl_;
  PythonVersion python_;
  const ExpectedFailures* expected_;
};

/// The driver's own flags, left once gtest has taken its own.
struct DriverFlags {
  std::string golden_dir, impl;
  std::vector<std::string> python;
};

DriverFlags parse_flags(int argc, char** argv) {
  DriverFlags f;
  CLI::App app("loopspec golden tests: one gtest test <area>.<name> per golden file (and any gtest flag)");
  app.add_option("--golden-dir", f.golden_dir, "the golden corpus (default: the one this driver was built with)");
  app.add_option("--impl", f.impl, "the implementation, when more than one is linked");
  app.add_option("--python", f.python, "run under this CPython version's rules only (repeatable; default: every "
                                       "version the implementation targets)");
  app.parse(argc, argv);
  return f;
}

const Implementation* choose_implementation(const std::string& name) {
  const auto& impls = implementations();
  if (!name.empty()) return find_implementation(name);
  return impls.size() == 1 ? &impls.front() : nullptr;
}

/// Registers one test per golden file; a broken declaration (feature tags,
/// expected-failures list) is an error for the whole binary instead.
int register_tests(const Corpus& corpus, const Implementation* impl, const std::vector<PythonVersion>& versions,
                   ExpectedFailures& expected) {
  std::vector<std::string> files = corpus.golden_files();
  std::set<std::string> ids;
  for (const auto& f : files) ids.insert(Corpus::id_of(f));
  try {
    FeatureRegistry::load(corpus.features_file()).validate(impl->features, "implementation '" + impl->name + "'");
    expected = ExpectedFailures::load(impl->expected_failures_file, ids);
  } catch (const LoadError& e) {
    std::cerr << "loopspec golden tests: " << e.what() << "\n";
    return 2;
  }
  for (const std::string& path : files) {
    std::string id = Corpus::id_of(path);
    std::string area = Corpus::area_of(path);
    std::string name = id.substr(area.size() + 1);
    for (PythonVersion python : versions) {
      std::string test = name + "/" + std::string(to_string(python));
      testing::RegisterTest(area.c_str(), test.c_str(), nullptr, path.c_str(), __FILE__, __LINE__,
                            [path, id, impl, python, &expected]() -> testing::Test* {
                              return new GoldenTest(path, id, impl, python, &expected);
                            });
    }
  }
  return 0;
}

/// The versions to run: those asked for, else every one `impl` targets.
std::optional<std::vector<PythonVersion>> chosen_versions(const std::vector<std::string>& asked,
                                                          const Implementation& impl) {
  if (asked.empty()) return impl.python_versions;
  std::vector<PythonVersion> out;
  for (const std::string& text : asked) {
    auto v = parse_python_version(text);
    if (!v) {
      std::cerr << "loopspec golden tests: --python " << text << ": the versions are 3.11, 3.12 and 3.13\n";
      return std::nullopt;
    }
    out.push_back(*v);
  }
  return out;
}

bool every_test_skipped() {
  const testing::UnitTest& u = *testing::UnitTest::GetInstance();
  return u.test_to_run_count() > 0 && u.skipped_test_count() == u.test_to_run_count();
}

}  // namespace

int main(int argc, char** argv) {
  testing::InitGoogleTest(&argc, argv);
  DriverFlags flags;
  try {
    flags = parse_flags(argc, argv);
  } catch (const CLI::ParseError& e) {
    std::cerr << "loopspec golden tests: " << e.what() << " (--help for the flags)\n";
    return e.get_exit_code() == 0 ? 0 : 2;
  }
  Corpus corpus = flags.golden_dir.empty() ? Corpus::default_corpus() : Corpus(flags.golden_dir);
  const Implementation* impl = choose_implementation(flags.impl);
  if (!impl) {
    std::cerr << "loopspec golden tests: choose one implementation with --impl=NAME (linked:";
    for (const auto& i : implementations()) std::cerr << " " << i.name;
    std::cerr << ")\n";
    return 2;
  }
  auto versions = chosen_versions(flags.python, *impl);
  if (!versions) return 2;
  static ExpectedFailures expected;
  if (int rc = register_tests(corpus, impl, *versions, expected)) return rc;
  int rc = RUN_ALL_TESTS();
  if (every_test_skipped()) std::cout << "loopspec: every selected test was skipped\n";
  return rc;
}
