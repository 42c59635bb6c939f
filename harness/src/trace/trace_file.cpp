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

}  // namespace

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

std::vector<Json> load_trace_file(const std::string& path) { return read_trace(read_text_file(path), path); }

std::vector<Json> read_trace(const std::string& text, const std::string& path) {
  std::vector<Json> events;
  if (is_json_lines(text, path)) {
    events = json_lines(text, path);
  } else {
    Json doc = parse_json(text, path);
    if (!doc.is_object() || !doc.contains("golden"))
      throw LoadError(path + ": neither JSON Lines nor a golden file (a document without a \"golden\" member)");
    events = trace_events(doc["trace"], path, "/trace");
  }
  if (events.empty()) throw LoadError(path + ": holds no trace events (is it a trace file?)");
  return events;
}

}  // namespace loopspec::harness
