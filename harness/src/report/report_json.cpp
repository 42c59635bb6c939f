// The JSON report: the schema is docs/report.md's ("JSON"); its
// `schema` member is bumped when a member changes meaning or goes away.
#include "report/report.hpp"

#include "common/json.hpp"

namespace loopspec::harness {
namespace {

constexpr int kSchema = 1;

Json totals(const Tally& t) {
  return Json{{"pass", t.pass}, {"xfail", t.xfail}, {"unsupported", t.unsupported}, {"fail", t.fail}, {"xpass", t.xpass}};
}

Json implementation(const Report& r, std::size_t i) {
  const ImplColumn& c = r.impls[i];
  return Json{{"name", c.name},
              {"origin", c.origin},
              {"features", c.features},
              {"expected_failures_file", c.expected_failures_file},
              {"totals", totals(r.tally(i))}};
}

Json area(const Report& r, const std::string& name) {
  Json per_impl = Json::object();
  for (std::size_t i = 0; i < r.impls.size(); ++i) per_impl[r.impls[i].name] = totals(r.tally(i, name));
  return Json{{"name", name}, {"totals", per_impl}};
}

Json scenario(const Report& r, const ScenarioRow& row) {
  Json results = Json::object();
  for (std::size_t i = 0; i < r.impls.size(); ++i) results[r.impls[i].name] = row.results[i].to_json();
  Json uvloop = row.uvloop ? Json{{"status", row.uvloop->status}, {"detail", row.uvloop->detail}} : Json(nullptr);
  return Json{{"id", row.id},           {"area", row.area},
              {"summary", row.summary}, {"features", row.features},
              {"golden_runtime", row.golden_runtime}, {"results", results},
              {"uvloop", uvloop}};
}

}  // namespace

std::string report_json(const Report& r) {
  Json doc = Json::object();
  doc["schema"] = kSchema;
  doc["loopspec"] = r.version;
  doc["clock"] = r.clock;
  doc["golden"] = Json{{"dir", r.golden_dir}, {"runtimes", r.golden_runtimes()}};
  doc["uvloop"] = r.uvloop_runtime.empty() ? Json(nullptr) : Json{{"runtime", r.uvloop_runtime}};
  doc["uvloop_note"] = r.uvloop_note;
  doc["unexpected"] = r.has_unexpected();
  doc["implementations"] = Json::array();
  for (std::size_t i = 0; i < r.impls.size(); ++i) doc["implementations"].push_back(implementation(r, i));
  doc["areas"] = Json::array();
  for (const auto& a : r.areas()) doc["areas"].push_back(area(r, a));
  doc["scenarios"] = Json::array();
  for (const auto& row : r.rows) doc["scenarios"].push_back(scenario(r, row));
  return doc.dump(1) + "\n";
}

}  // namespace loopspec::harness
