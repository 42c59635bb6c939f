// load_trace_file and trace_events (trace_file.hpp).
#include "trace/trace_file.hpp"

#include <sstream>

#include "common/errors.hpp"
#include "common/json_reader.hpp"

namespace loopspec::harness {
namespace {

bool is_header(const Json& j) {
  return j.is_object() && j.contains("scenario") && !j.contains("end") && !j.contains("log") &&
         !j.contains("unhandled");
}

bool is_blank(const std::string& line) { return line.find_first_not_of(" \t\r") == std::string::npos; }

/// The first non-blank line parses on its own unless the file is one
/// document over several lines (a golden file).
bool is_json_lines(const std::string& text, const std::string& path) {
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (is_blank(line)) continue;
    try {
      parse_json(line, path);
      return true;
    } catch (const LoadError&) {
      return false;
    }
  }
  return true;
}

std::vector<Json> json_lines(const std::string& text, const std::string& path) {
  std::vector<Json> out;
  std::istringstream in(text);
  std::size_t lineno = 0;
  for (std::string line; std::getline(in, line);) {
    ++lineno;
    if (is_blank(line)) continue;
    Json j = parse_json(line, path, lineno);
    if (!j.is_object()) throw LoadError(path + ":" + std::to_string(lineno) + ": a trace line must be a JSON object");
    if (out.empty() && is_header(j)) continue;
    out.push_back(std::move(j));
  }
  return out;
}

/// Format 1's one version: "CPython 3.11.7" in the header, else 3.11.
PythonVersion format1_version(const Json& doc) {
  const Json& header = doc.contains("header") ? doc["header"] : Json(nullptr);
  std::string runtime = header.is_object() ? header.value("runtime", "") : "";
  std::string number = runtime.substr(0, runtime.find(','));
  number = number.substr(number.find(' ') + 1);
  return parse_python_version(number).value_or(PythonVersion::v3_11);
}

void add_versioned_entry(const Json& entry, const std::string& path, const std::string& at, VersionedTraces& out) {
  if (!entry.is_object() || !entry.contains("python") || !entry["python"].is_array() || !entry.contains("trace"))
    throw LoadError(path + ": a trace entry needs \"python\": [versions] and \"trace\": [events] (at " + at + ")");
  std::vector<Json> events = trace_events(entry["trace"], path, at + "/trace");
  for (const Json& name : entry["python"]) {
    auto v = name.is_string() ? parse_python_version(name.get<std::string>()) : std::nullopt;
    if (!v)
      throw LoadError(path + ": " + name.dump() + " is not a CPython version this harness knows (3.11, 3.12, 3.13) (at " + at +
                      "/python)");
    out[*v] = events;
  }
}

std::string version_list(const VersionedTraces& traces) {
  std::string out;
  for (const auto& [v, events] : traces) out += (out.empty() ? "" : ", ") + std::string(to_string(v));
  return out;
}

}  // namespace

VersionedTraces golden_traces(const Json& doc, const std::string& path) {
  const Json& format = doc["golden"];
  VersionedTraces out;
  if (format == 1) {
    if (!doc.contains("trace")) throw LoadError(path + ": a golden file needs a \"trace\" member (at /)");
    out[format1_version(doc)] = trace_events(doc["trace"], path, "/trace");
    return out;
  }
  if (format != 2)
    throw LoadError(path + ": golden format " + format.dump() + " is not supported; this harness reads formats 1 and 2 (at /golden)");
  if (!doc.contains("traces") || !doc["traces"].is_array())
    throw LoadError(path + ": a golden file needs a \"traces\" array (at /)");
  for (std::size_t i = 0; i < doc["traces"].size(); ++i)
    add_versioned_entry(doc["traces"][i], path, "/traces/" + std::to_string(i), out);
  if (out.empty()) throw LoadError(path + ": a golden file needs at least one trace (at /traces)");
  return out;
}

std::vector<Json> trace_events(const Json& trace, const std::string& path, const std::string& json_path) {
  if (!trace.is_array()) throw LoadError(path + ": a trace must be an array of events (at " + json_path + ")");
  std::vector<Json> out;
  for (std::size_t i = 0; i < trace.size(); ++i) {
    if (!trace[i].is_object())
      throw LoadError(path + ": a trace event must be an object (at " + json_path + "/" + std::to_string(i) + ")");
    out.push_back(trace[i]);
  }
  return out;
}

std::vector<Json> load_trace_file(const std::string& path, std::optional<PythonVersion> python) {
  return read_trace(read_text_file(path), path, python);
}

std::vector<Json> read_trace(const std::string& text, const std::string& path, std::optional<PythonVersion> python) {
  std::vector<Json> events;
  if (is_json_lines(text, path)) {
    events = json_lines(text, path);
  } else {
    Json doc = parse_json(text, path);
    if (!doc.is_object() || !doc.contains("golden"))
      throw LoadError(path + ": neither JSON Lines nor a golden file (a document without a \"golden\" member)");
    VersionedTraces traces = golden_traces(doc, path);
    auto it = python ? traces.find(*python) : std::prev(traces.end());
    if (it == traces.end())
      throw LoadError(path + ": holds no trace for CPython " + std::string(to_string(*python)) + " (it has " +
                      version_list(traces) + "); pick one with --python");
    events = it->second;
  }
  if (events.empty()) throw LoadError(path + ": holds no trace events (is it a trace file?)");
  return events;
}

}  // namespace loopspec::harness
