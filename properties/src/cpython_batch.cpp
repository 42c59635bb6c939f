// run_on_cpython: write JSON Lines, run the batch driver, read JSON Lines.
#include "cpython_batch.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/traces_tool.hpp"
#include "scenario_text.hpp"

namespace loopspec::properties {

using harness::Json;

std::vector<CPythonRun> run_on_cpython(const std::vector<Json>& irs, int jobs) {
  std::string dir = make_temp_dir("loopspec-cpython-");
  std::string in = dir + "/programs.jsonl", out = dir + "/results.jsonl";
  {
    std::ofstream f(in);
    for (const auto& ir : irs) f << ir.dump() << "\n";
  }
  // A fixed hash seed, as `regen` uses: nothing generated depends on it, but
  // a regression dropped into the corpus then runs exactly as it ran here.
  std::string log;
  int rc = harness::run_traces_tool({"batch", "-j", std::to_string(jobs), in, out}, log, {"PYTHONHASHSEED=0"});
  std::vector<CPythonRun> runs;
  std::ifstream f(out);
  std::string line;
  while (rc == 0 && std::getline(f, line)) {
    if (line.empty()) continue;
    Json r = Json::parse(line);
    CPythonRun run;
    run.id = r.value("id", "");
    run.source = r["source"].is_string() ? r["source"].get<std::string>() : "";
    run.roundtrip = r.value("roundtrip", false);
    if (r["trace"].is_array()) run.trace = r["trace"].get<std::vector<Json>>();
    if (r["error"].is_string()) run.error = r["error"].get<std::string>();
    runs.push_back(std::move(run));
  }
  std::filesystem::remove_all(dir);
  if (rc != 0 || runs.size() != irs.size()) {
    throw CPythonUnavailable("`loopspec-traces batch` failed (exit " + std::to_string(rc) + ", " +
                             std::to_string(runs.size()) + " of " + std::to_string(irs.size()) + " results):\n" + log);
  }
  return runs;
}

}  // namespace loopspec::properties
