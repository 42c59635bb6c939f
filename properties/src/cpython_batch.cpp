// run_on_cpython: write JSON Lines, run the batch driver, read JSON Lines;
// python_loop_info: ask the tool about a loop.
#include "cpython_batch.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/traces_tool.hpp"
#include "scenario_text.hpp"

namespace loopspec::properties {

using harness::Json;

namespace {

std::optional<std::vector<Json>> events_of(const Json& v) {
  if (!v.is_array()) return std::nullopt;
  return v.get<std::vector<Json>>();
}

std::string text_of(const Json& r, const char* key) {
  auto it = r.find(key);
  return it != r.end() && it->is_string() ? it->get<std::string>() : "";
}

CPythonRun read_run(const Json& r) {
  CPythonRun run;
  run.id = text_of(r, "id");
  run.source = text_of(r, "source");
  run.roundtrip = r.value("roundtrip", false);
  run.trace = events_of(r["trace"]);
  run.error = text_of(r, "error");
  if (r.contains("baseline")) run.baseline = events_of(r["baseline"]);
  run.baseline_error = text_of(r, "baseline_error");
  return run;
}

std::vector<std::string> batch_args(const BatchOptions& o, const std::string& in, const std::string& out) {
  std::ostringstream idle;
  idle << o.idle_timeout;
  std::vector<std::string> args = {"batch", "-j", std::to_string(o.jobs), "--loop", o.loop, "--idle-timeout", idle.str()};
  if (o.baseline) args.push_back("--baseline");
  if (!o.python.empty()) args.insert(args.end(), {"--python", o.python});
  args.push_back(in);
  args.push_back(out);
  return args;
}

}  // namespace

std::vector<CPythonRun> run_on_cpython(const std::vector<Json>& irs, const BatchOptions& options) {
  std::string dir = make_temp_dir("loopspec-cpython-");
  std::string in = dir + "/programs.jsonl", out = dir + "/results.jsonl";
  {
    std::ofstream f(in);
    for (const auto& ir : irs) f << ir.dump() << "\n";
  }
  // A fixed hash seed, as `regen` uses: nothing generated depends on it, but
  // a regression dropped into the corpus then runs exactly as it ran here.
  std::string log;
  int rc = harness::run_traces_tool(batch_args(options, in, out), log, {"PYTHONHASHSEED=0"});
  std::vector<CPythonRun> runs;
  std::ifstream f(out);
  std::string line;
  while (rc == 0 && std::getline(f, line)) {
    if (line.empty()) continue;
    runs.push_back(read_run(Json::parse(line)));
  }
  std::filesystem::remove_all(dir);
  if (rc != 0 || runs.size() != irs.size()) {
    throw CPythonUnavailable("`loopspec-traces batch` failed (exit " + std::to_string(rc) + ", " +
                                 std::to_string(runs.size()) + " of " + std::to_string(irs.size()) + " results):\n" + log,
                             rc == 77);
  }
  return runs;
}


PythonLoopInfo python_loop_info(const std::string& name) {
  std::string out;
  int rc = harness::run_traces_tool({"loop-info", name}, out);
  Json j;
  try {
    j = Json::parse(out);
  } catch (const std::exception&) {
    rc = rc == 0 ? -1 : rc;
  }
  if (rc != 0) throw CPythonUnavailable("`loopspec-traces loop-info " + name + "` failed (exit " + std::to_string(rc) + "):\n" + out);
  return {name, text_of(j, "clock") == "real", text_of(j, "unavailable")};
}

}  // namespace loopspec::properties
