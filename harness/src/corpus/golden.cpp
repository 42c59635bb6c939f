// Reading golden, IR and JSON Lines trace files (golden.hpp).
#include "corpus/golden.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace loopspec::harness {
namespace {

namespace fs = std::filesystem;

std::vector<Json> events_of(const Json& trace, const std::string& path) {
  if (!trace.is_array()) throw LoadError(path + ": \"trace\" must be an array of events (at /trace)");
  std::vector<Json> out;
  for (std::size_t i = 0; i < trace.size(); ++i) {
    if (!trace[i].is_object()) throw LoadError(path + ": a trace event must be an object (at /trace/" + std::to_string(i) + ")");
    out.push_back(trace[i]);
  }
  return out;
}

bool is_header(const Json& j) {
  return j.is_object() && j.contains("scenario") && !j.contains("end") && !j.contains("log") &&
         !j.contains("unhandled");
}

}  // namespace

ScenarioFile load_scenario_file(const std::string& path) {
  Json doc = parse_json_text(read_text_file(path), path);
  ScenarioFile out{path, {}, nullptr, std::nullopt};
  if (doc.is_object() && doc.contains("golden")) {
    const Json& g = doc["golden"];
    if (!g.is_number_integer() || g.get<std::int64_t>() != 1) {
      throw LoadError(path + ": golden format " + g.dump() + " is not supported; this harness reads format 1 (at /golden)");
    }
    if (!doc.contains("ir")) throw LoadError(path + ": a golden file needs an \"ir\" member (at /)");
    if (!doc.contains("trace")) throw LoadError(path + ": a golden file needs a \"trace\" member (at /)");
    out.header = doc.value("header", Json(nullptr));
    out.trace = events_of(doc["trace"], path);
    try {
      out.program = load_ir(doc["ir"], path);
    } catch (const LoadError& e) {
      // Paths inside the IR are relative to /ir in a golden file.
      std::string msg = e.what();
      auto at = msg.find("(at /");
      if (at != std::string::npos) msg.insert(at + 4, "/ir");
      throw LoadError(msg);
    }
    return out;
  }
  out.program = load_ir(doc, path);
  return out;
}

std::vector<Json> load_trace_file(const std::string& path) {
  std::string text = read_text_file(path);
  auto first = text.find_first_not_of(" \t\r\n");
  if (first != std::string::npos && text[first] == '{') {
    // A whole-file JSON document (a golden) or JSON Lines: try the document first.
    try {
      Json doc = Json::parse(text);
      if (doc.is_object() && doc.contains("golden")) return events_of(doc.value("trace", Json()), path);
      if (doc.is_object()) return is_header(doc) ? std::vector<Json>{} : std::vector<Json>{doc};
    } catch (const Json::parse_error&) {
      // not one document: JSON Lines
    }
  }
  std::vector<Json> out;
  std::istringstream in(text);
  std::string line;
  int lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    Json j;
    try {
      j = Json::parse(line);
    } catch (const Json::parse_error& e) {
      std::string what = e.what();
      auto colon = what.find(": ");  // drop nlohmann's "[json.exception...] parse error at ...: "
      throw LoadError(path + ":" + std::to_string(lineno) + ":" + std::to_string(e.byte) +
                      ": not valid JSON: " + (colon == std::string::npos ? what : what.substr(colon + 2)));
    }
    if (!j.is_object()) throw LoadError(path + ":" + std::to_string(lineno) + ": a trace line must be a JSON object");
    if (out.empty() && is_header(j)) continue;
    out.push_back(std::move(j));
  }
  return out;
}

std::vector<std::string> find_scenario_source(const std::string& scenario_path, const std::string& id) {
  std::vector<std::string> lines;
  if (id.empty()) return lines;
  std::error_code ec;
  fs::path p = fs::absolute(scenario_path, ec).parent_path();  // <golden>/<area>
  for (int up = 0; up < 3 && !p.empty(); ++up) {
    p = p.parent_path();
    fs::path candidate = p / "scenarios" / (id + ".py");
    if (fs::exists(candidate, ec)) {
      std::ifstream f(candidate);
      std::string line;
      while (std::getline(f, line)) lines.push_back(line);
      return lines;
    }
  }
  return lines;
}

std::vector<std::string> list_golden_files(const std::string& golden_dir) {
  std::vector<std::string> out;
  std::error_code ec;
  if (!fs::is_directory(golden_dir, ec)) return out;
  for (const auto& area : fs::directory_iterator(golden_dir, ec)) {
    if (!area.is_directory()) continue;
    for (const auto& f : fs::directory_iterator(area.path(), ec)) {
      if (f.path().extension() == ".json") out.push_back(f.path().string());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace loopspec::harness
