// What the property tests share: the selected implementation, chunking, and
// the command line that reruns a test.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "budget.hpp"
#include "loopspec/implementation.hpp"
#include "loopspec/python_version.hpp"

namespace loopspec::properties::support {

/// `--impl=<name>` from the command line (default "reference").
std::string& selected_impl();

/// `--python-loop=<name>` from the command line (default "": none).
std::string& selected_python_loop();
/// `--python=X.Y` from the command line (default "": the tool's interpreter, 3.11's rules).
std::string& selected_python();
/// The version --python names, whose rules the model and the subject follow (default 3.11).
inline PythonVersion selected_version() {
  const std::string& asked = selected_python();
  return asked.empty() ? PythonVersion::v3_11 : *parse_python_version(asked);
}
/// The --python flag again, for a replay command ("" when none was given).
inline std::string python_flag() {
  const std::string& asked = selected_python();
  return asked.empty() ? "" : "--python=" + asked + " ";
}

/// The chunks of a property: 0..chunk_count()-1 (one by default, 100 deep).
inline ::testing::internal::ParamGenerator<int> chunks() { return ::testing::Range(0, chunk_count()); }

/// The command line that reruns the current gtest test.
inline std::string rerun_command(const std::string& extra = "") {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::error_code ec;
  std::string self = std::filesystem::read_symlink("/proc/self/exe", ec).string();
  if (ec || self.empty()) self = "loopspec_property_tests";
  return self + " " + extra + "--gtest_filter='" + info->test_suite_name() + "." + info->name() + "'";
}

}  // namespace loopspec::properties::support
