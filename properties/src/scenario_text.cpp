// scenario_source and the small process helpers it shares with cpython_batch.
#include "scenario_text.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sys/wait.h>
#include <unistd.h>

namespace loopspec::properties {

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string traces_tool() {
  const char* py = std::getenv("LOOPSPEC_PYTHON");
  std::string python = py && *py ? py : LOOPSPEC_PYTHON;
  return shell_quote(python) + " " + shell_quote(LOOPSPEC_TRACES_TOOL);
}

std::string make_temp_dir(const std::string& prefix) {
  std::string templ = (std::filesystem::temp_directory_path() / (prefix + "XXXXXX")).string();
  if (!mkdtemp(templ.data())) throw std::runtime_error("cannot make a temporary directory " + templ);
  return templ;
}

int run_command(const std::string& command, std::string* out) {
  FILE* p = popen(command.c_str(), "r");
  if (!p) return -1;
  char buf[4096];
  std::size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0)
    if (out) out->append(buf, n);
  int status = pclose(p);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
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
  int rc = run_command(traces_tool() + " decompile " + shell_quote(file) + " 2>&1", &source);
  std::filesystem::remove_all(dir);
  if (rc != 0) return "# (the decompiler failed, exit " + std::to_string(rc) + ")\n" + source;
  return source;
}

}  // namespace loopspec::properties
