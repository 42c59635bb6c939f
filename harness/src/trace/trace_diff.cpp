// Strict trace comparison and the first-divergence report.
#include "trace/trace_diff.hpp"

#include <algorithm>

namespace loopspec::harness {
namespace {

enum class Cat { Null, Bool, Int, Float, String, Array, Object, Other };

Cat category(const Json& j) {
  switch (j.type()) {
    case Json::value_t::null: return Cat::Null;
    case Json::value_t::boolean: return Cat::Bool;
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned: return Cat::Int;
    case Json::value_t::number_float: return Cat::Float;
    case Json::value_t::string: return Cat::String;
    case Json::value_t::array: return Cat::Array;
    case Json::value_t::object: return Cat::Object;
    default: return Cat::Other;
  }
}

/// nlohmann parses non-negative ints as unsigned and negative ones as signed.
bool ints_equal(const Json& a, const Json& b) {
  bool ua = a.is_number_unsigned(), ub = b.is_number_unsigned();
  if (ua && ub) return a.get<std::uint64_t>() == b.get<std::uint64_t>();
  if (!ua && !ub) return a.get<std::int64_t>() == b.get<std::int64_t>();
  const Json& u = ua ? a : b;
  const Json& s = ua ? b : a;
  return s.get<std::int64_t>() >= 0 && static_cast<std::uint64_t>(s.get<std::int64_t>()) == u.get<std::uint64_t>();
}

std::string show(const Json& event) { return event.dump(-1, ' ', false, Json::error_handler_t::replace); }

/// The source line an event points at: its own "line", else that of the
/// nearest earlier event that has one.
int line_near(const std::vector<Json>& events, std::size_t index) {
  for (std::size_t i = std::min(index + 1, events.size()); i-- > 0;) {
    auto it = events[i].find("line");
    if (it != events[i].end() && it->is_number_integer()) return it->get<int>();
  }
  return 0;
}

void append_source(std::string& out, const DiffOptions& o, int line, const std::string& who) {
  if (line <= 0 || static_cast<std::size_t>(line) > o.source_lines.size()) return;
  std::string text = o.source_lines[static_cast<std::size_t>(line) - 1];
  text.erase(0, text.find_first_not_of(" \t"));
  out += "  " + who + " source line " + std::to_string(line) + ": " + text + "\n";
}

void append_side(std::string& out, const std::vector<Json>& events, std::size_t index,
                 const std::string& label, std::size_t context) {
  out += label + " (" + std::to_string(events.size()) + " events):\n";
  std::size_t from = index > context ? index - context : 0;
  for (std::size_t i = from; i <= index + 1 && i < events.size(); ++i) {
    out += (i == index ? "> [" : "  [") + std::to_string(i) + "] " + show(events[i]) + "\n";
  }
  if (index >= events.size()) out += "> [" + std::to_string(index) + "] (no event: the trace ends here)\n";
}

}  // namespace

bool strict_equal(const Json& a, const Json& b) {
  Cat ca = category(a);
  if (ca != category(b)) return false;
  switch (ca) {
    case Cat::Null: return true;
    case Cat::Bool: return a.get<bool>() == b.get<bool>();
    case Cat::Int: return ints_equal(a, b);
    case Cat::Float: return a.get<double>() == b.get<double>();
    case Cat::String: return a.get_ref<const std::string&>() == b.get_ref<const std::string&>();
    case Cat::Array:
      if (a.size() != b.size()) return false;
      for (std::size_t i = 0; i < a.size(); ++i)
        if (!strict_equal(a[i], b[i])) return false;
      return true;
    case Cat::Object:
      if (a.size() != b.size()) return false;
      for (auto it = a.begin(); it != a.end(); ++it) {
        auto other = b.find(it.key());
        if (other == b.end() || !strict_equal(*it, *other)) return false;
      }
      return true;
    case Cat::Other: return a == b;
  }
  return false;
}

TraceDiff diff_traces(const std::vector<Json>& expected, const std::vector<Json>& actual,
                      const DiffOptions& options) {
  TraceDiff d;
  std::size_t n = std::min(expected.size(), actual.size());
  std::size_t i = 0;
  while (i < n && strict_equal(expected[i], actual[i])) ++i;
  if (i == n && expected.size() == actual.size()) return d;
  d.equal = false;
  d.index = i;
  std::string& r = d.report;
  r = "traces differ at event " + std::to_string(i) + "\n";
  if (i < expected.size()) r += "  " + options.expected_label + ": " + show(expected[i]) + "\n";
  else r += "  " + options.expected_label + ": (trace ended)\n";
  if (i < actual.size()) r += "  " + options.actual_label + ": " + show(actual[i]) + "\n";
  else r += "  " + options.actual_label + ": (trace ended)\n";
  int le = i < expected.size() ? line_near(expected, i) : 0;
  int la = i < actual.size() ? line_near(actual, i) : 0;
  append_source(r, options, le, options.expected_label);
  if (la != le) append_source(r, options, la, options.actual_label);
  append_side(r, expected, i, options.expected_label, options.context);
  append_side(r, actual, i, options.actual_label, options.context);
  return d;
}

}  // namespace loopspec::harness
