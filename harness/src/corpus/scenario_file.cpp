// Reading golden and IR files (scenario_file.hpp).
#include "corpus/scenario_file.hpp"

#include <fstream>

#include "common/errors.hpp"
#include "common/json_reader.hpp"
#include "corpus/corpus.hpp"
#include "ir/ir_loader.hpp"
#include "trace/trace_file.hpp"

namespace loopspec::harness {
namespace {

/// A golden file's parts: paths inside its IR are relative to /ir.
void read_golden(const Json& doc, ScenarioFile& out) {
  const std::string& path = out.path;
  out.traces = golden_traces(doc, path);
  if (!doc.contains("ir")) throw LoadError(path + ": a golden file needs an \"ir\" member (at /)");
  out.header = doc.value("header", Json(nullptr));
  try {
    out.program = load_ir(doc["ir"], path);
  } catch (const LoadError& e) {
    std::string msg = e.what();
    if (auto at = msg.find("(at /"); at != std::string::npos) msg.insert(at + 4, "/ir");
    throw LoadError(msg);
  }
}

}  // namespace

ScenarioFile load_scenario_file(const std::string& path) {
  Json doc = parse_json(read_text_file(path), path);
  ScenarioFile out{path, {}, nullptr, {}};
  if (doc.is_object() && doc.contains("golden")) read_golden(doc, out);
  else out.program = load_ir(doc, path);
  std::string source = Corpus::source_of(path);
  out.program.source_file = source.empty() ? path : source;
  return out;
}

const std::vector<Json>* ScenarioFile::trace_for(PythonVersion python) const {
  auto it = traces.find(python);
  return it == traces.end() ? nullptr : &it->second;
}

std::string ScenarioFile::runtime_for(PythonVersion python) const {
  if (!header.is_object()) return "";
  // Format 2 names one runtime per version; format 1 one runtime in all.
  if (header.contains("runtimes") && header["runtimes"].is_object())
    return header["runtimes"].value(std::string(to_string(python)), "");
  return header.value("runtime", "");
}

std::vector<std::string> python_source_lines(const ir::Program& program) {
  std::vector<std::string> lines;
  const std::string& file = program.source_file;
  if (!file.ends_with(".py")) return lines;
  std::ifstream in(file);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace loopspec::harness
