// scenario_source and make_temp_dir (scenario_text.hpp).
#include "scenario_text.hpp"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "common/traces_tool.hpp"

namespace loopspec::properties {

std::string make_temp_dir(const std::string& prefix) {
  std::string templ = (std::filesystem::temp_directory_path() / (prefix + "XXXXXX")).string();
  if (!mkdtemp(templ.data())) throw std::runtime_error("cannot make a temporary directory " + templ);
  return templ;
}

std::string scenario_source(const harness::Json& ir) {
  std::string dir;
  try {
    dir = make_temp_dir("loopspec-source-");
  } catch (const std::exception& e) {
    return std::string("# (no source: ") + e.what() + ")\n";
  }
  std::string file = dir + "/program.json";
  std::ofstream(file) << ir.dump();
  std::string source;
  int rc = harness::run_traces_tool({"decompile", file}, source);
  std::filesystem::remove_all(dir);
  if (rc != 0) return "# (the decompiler failed, exit " + std::to_string(rc) + ")\n" + source;
  return source;
}

}  // namespace loopspec::properties
