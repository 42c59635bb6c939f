// order_view and compare_under_rule (loop_rule.hpp).
#include "loop_rule.hpp"

namespace loopspec::properties {
namespace {

using harness::Json;

Json mask_floats(const Json& v) {
  if (v.is_number_float()) return Json("<float>");
  if (!v.is_structured()) return v;
  Json out = v;
  for (auto& item : out) item = mask_floats(item);
  return out;
}

}  // namespace

std::vector<Json> order_view(const std::vector<Json>& events) {
  std::vector<Json> out;
  for (const Json& e : events) {
    Json v = mask_floats(e);
    if (v.is_object()) v.erase("t");
    out.push_back(std::move(v));
  }
  return out;
}

Verdict compare_under_rule(bool real_time, const std::vector<Json>& expected, const std::string& expected_label,
                           const std::vector<Json>& actual, const std::string& actual_label) {
  if (!real_time) return compare_traces(expected, expected_label, actual, actual_label);
  return compare_traces(order_view(expected), expected_label, order_view(actual), actual_label);
}

}  // namespace loopspec::properties
