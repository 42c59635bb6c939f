// The JSON report: the schema is docs/report.md's ("JSON"); its
// `schema` member is bumped when a member changes meaning or goes away.
#include "report/report.hpp"

#include "common/json.hpp"

namespace loopspec::harness {
namespace {

// 2: uvloop and uvloop_note gave way to python_loops.
constexpr int kSchema = 2;

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

Json python_loop(const Report& r, std::size_t i) {
  const PythonLoop& l = r.python_loops[i];
  return Json{{"name", l.name}, {"runtime", l.runtime},   {"clock", l.clock},
              {"rule", l.rule}, {"baseline", l.baseline}, {"expected", l.expected},
              {"note", l.note}, {"failed", l.failed},     {"totals", totals(r.tally(r.impls.size() + i))}};
}

Json python_loop_cell(const std::optional<PythonLoopCell>& c) {
  if (!c) return nullptr;
  return Json{{"outcome", std::string(outcome_name(c->outcome))},
              {"status", c->status},
              {"cause", c->cause},
              {"detail", c->detail},
              {"first_difference", c->first_difference}};
}

/// Implementations and Python loops apart: a loop may share a plugin's name.
Json area(const Report& r, const std::string& name) {
  Json per_impl = Json::object(), per_loop = Json::object();
  for (std::size_t c = 0; c < r.column_count(); ++c)
    (r.python_loop(c) ? per_loop : per_impl)[r.column_name(c)] = totals(r.tally(c, name));
  return Json{{"name", name}, {"totals", per_impl}, {"python_loop_totals", per_loop}};
}

Json scenario(const Report& r, const ScenarioRow& row) {
  Json results = Json::object(), loops = Json::object();
  for (std::size_t i = 0; i < r.impls.size(); ++i) results[r.impls[i].name] = row.results[i].to_json();
  for (std::size_t i = 0; i < r.python_loops.size(); ++i)
    loops[r.python_loops[i].name] = python_loop_cell(row.loop_cells[i]);
  return Json{{"id", row.id},
              {"area", row.area},
              {"summary", row.summary},
              {"features", row.features},
              {"golden_runtime", row.golden_runtime},
              {"results", results},
              {"python_loops", loops}};
}

}  // namespace

std::string report_json(const Report& r) {
  Json doc = Json::object();
  doc["schema"] = kSchema;
  doc["loopspec"] = r.version;
  doc["clock"] = r.clock;
  doc["python"] = r.python;
  doc["golden"] = Json{{"dir", r.golden_dir}, {"runtimes", r.golden_runtimes()}};
  doc["unexpected"] = r.has_unexpected();
  doc["implementations"] = Json::array();
  for (std::size_t i = 0; i < r.impls.size(); ++i) doc["implementations"].push_back(implementation(r, i));
  doc["python_loops"] = Json::array();
  for (std::size_t i = 0; i < r.python_loops.size(); ++i) doc["python_loops"].push_back(python_loop(r, i));
  doc["areas"] = Json::array();
  for (const auto& a : r.areas()) doc["areas"].push_back(area(r, a));
  doc["scenarios"] = Json::array();
  for (const auto& row : r.rows) doc["scenarios"].push_back(scenario(r, row));
  return doc.dump(1) + "\n";
}

}  // namespace loopspec::harness
