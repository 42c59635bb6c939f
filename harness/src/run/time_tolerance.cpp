// Real-clock qualification and time alignment (time_tolerance.hpp).
#include "run/time_tolerance.hpp"

#include <algorithm>
#include <cstdio>

namespace loopspec::harness::time_tolerance {
namespace {

bool holds_float(const Json& v) {
  if (v.is_number_float()) return true;
  if (v.is_array() || v.is_object())
    return std::any_of(v.begin(), v.end(), [](const Json& e) { return holds_float(e); });
  return false;
}

std::vector<double> event_times(const std::vector<Json>& trace) {
  std::vector<double> times{0.0};
  for (const auto& e : trace) {
    auto t = e.find("t");
    if (t != e.end() && t->is_number()) times.push_back(t->get<double>());
  }
  std::sort(times.begin(), times.end());
  times.erase(std::unique(times.begin(), times.end()), times.end());
  return times;
}

std::string seconds(double s) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g s", s);
  return buf;
}

}  // namespace

std::string real_clock_disqualifier(const ir::Meta& meta, const std::vector<Json>& golden_trace) {
  if (!meta.order.empty()) return "declares an undefined order (order: " + meta.order.front() + ")";
  if (std::find(meta.features.begin(), meta.features.end(), "time") != meta.features.end())
    return "needs exact virtual times (feature tag `time`)";
  if (!golden_trace.empty() && golden_trace.back().value("end", "") == "blocked")
    return "ends blocked: on a real clock it would wait forever";
  for (const auto& e : golden_trace) {
    auto log = e.find("log");
    if (log != e.end() && holds_float(*log)) return "logs a float (a time reading, most likely)";
  }
  std::vector<double> times = event_times(golden_trace);
  if (times.back() > kMaxDuration) return "lasts " + seconds(times.back()) + ", over " + seconds(kMaxDuration);
  for (std::size_t i = 1; i < times.size(); ++i) {
    if (times[i] - times[i - 1] < kMinSpacing)
      return "events at " + seconds(times[i - 1]) + " and " + seconds(times[i]) + " are closer than " +
             seconds(kMinSpacing);
  }
  return "";
}

std::vector<Json> align_times(const std::vector<Json>& golden, std::vector<Json> actual) {
  for (std::size_t i = 0; i < std::min(golden.size(), actual.size()); ++i) {
    auto g = golden[i].find("t");
    auto a = actual[i].find("t");
    if (g == golden[i].end() || a == actual[i].end() || !g->is_number() || !a->is_number()) continue;
    double late = a->get<double>() - g->get<double>();
    if (late <= kLateTolerance && late >= -kEarlyTolerance) *a = *g;
  }
  return actual;
}

bool only_late(const std::vector<Json>& golden, const std::vector<Json>& actual) {
  if (golden.size() != actual.size()) return false;
  for (std::size_t i = 0; i < golden.size(); ++i) {
    Json g = golden[i], a = actual[i];
    auto gt = g.find("t"), at = a.find("t");
    if (gt != g.end() && at != a.end() && gt->is_number() && at->is_number()) {
      if (at->get<double>() < gt->get<double>() - kEarlyTolerance) return false;
      g.erase("t");
      a.erase("t");
    }
    if (g != a) return false;
  }
  return true;
}

}  // namespace loopspec::harness::time_tolerance
