// What the tests of the harness's file readers share: a file to read, and
// the LoadError a read gives.
#pragma once

#include <filesystem>
#include <fstream>
#include <string>

#include "common/errors.hpp"

namespace loopspec::harness::test_support {

/// Writes `text` to the file `name` in the temporary directory and returns
/// its path. ctest runs tests in parallel, so each test names its own files.
inline std::string write_temp_file(const std::string& name, const std::string& text) {
  std::string path = (std::filesystem::temp_directory_path() / name).string();
  std::ofstream(path) << text;
  return path;
}

/// The message of the LoadError `read()` throws; "(accepted)" when none.
template <class Read>
std::string load_error_of(Read read) {
  try {
    read();
  } catch (const LoadError& e) {
    return e.what();
  }
  return "(accepted)";
}

}  // namespace loopspec::harness::test_support
