// read_compare_loop_result (compare_loop_result.hpp).
#include "report/compare_loop_result.hpp"

#include <string_view>
#include <utility>

#include "common/errors.hpp"
#include "common/json_reader.hpp"

namespace loopspec::harness {
namespace {

constexpr std::pair<std::string_view, Outcome> kVerdicts[] = {{"pass", Outcome::Pass},
                                                              {"xfail", Outcome::ExpectedFailure},
                                                              {"fail", Outcome::Fail},
                                                              {"xpass", Outcome::UnexpectedPass},
                                                              {"skipped", Outcome::Unsupported}};

/// Checks one document against the contract; every complaint names the file.
class ContractReader {
 public:
  explicit ContractReader(const std::string& path) : path_(path) {}

  /// `where`: the member's path ("scenarios[3].verdict"), "" for the document.
  [[noreturn]] void fail(const std::string& where, const std::string& what) const {
    throw LoadError(path_ + ": " + (where.empty() ? "" : where + ": ") + what +
                    " (this is not compare-loop's JSON: write it with traces/loopspec-traces compare-loop "
                    "--loop NAME --json FILE; docs/report.md#compare-loops-json)");
  }

  /// Member `key` of `object` as text; "" when absent or null, unless `required`.
  std::string text(const Json& object, const std::string& key, const std::string& where, bool required = false) const {
    auto it = object.find(key);
    if (it == object.end() || it->is_null()) {
      if (required) fail(where, "no \"" + key + "\"");
      return "";
    }
    std::string member = where.empty() ? key : where + "." + key;
    if (!it->is_string()) fail(member, "is " + std::string(it->type_name()) + ", not a string");
    if (required && it->get_ref<const std::string&>().empty()) fail(member, "is empty");
    return it->get<std::string>();
  }

  Outcome verdict(const Json& entry, const std::string& where) const {
    std::string name = text(entry, "verdict", where, true);
    for (const auto& [spelling, outcome] : kVerdicts)
      if (spelling == name) return outcome;
    fail(where + ".verdict", "'" + name + "' is not pass, xfail, fail, xpass or skipped");
  }

  PythonLoopCell cell(const Json& entry, const std::string& where) const {
    return {verdict(entry, where), text(entry, "status", where, true), text(entry, "cause", where),
            text(entry, "detail", where), text(entry, "first_difference", where)};
  }

  std::map<std::string, PythonLoopCell> cells(const Json& doc) const {
    auto it = doc.find("scenarios");
    if (it == doc.end() || !it->is_array()) fail("scenarios", "is missing or not an array");
    std::map<std::string, PythonLoopCell> out;
    for (std::size_t i = 0; i < it->size(); ++i) {
      const Json& entry = (*it)[i];
      std::string where = "scenarios[" + std::to_string(i) + "]";
      if (!entry.is_object()) fail(where, "is " + std::string(entry.type_name()) + ", not an object");
      std::string id = text(entry, "scenario", where, true);
      if (!out.emplace(id, cell(entry, where)).second) fail(where, "'" + id + "' is listed twice");
    }
    return out;
  }

 private:
  const std::string& path_;
};

}  // namespace

CompareLoopResult read_compare_loop_result(const std::string& path) {
  Json doc = parse_json(read_text_file(path), path);
  ContractReader reader(path);
  if (doc.is_array()) reader.fail("", "holds a list, as compare-uvloop wrote; compare-loop writes an object");
  if (!doc.is_object()) reader.fail("", "holds a " + std::string(doc.type_name()) + ", not an object");
  CompareLoopResult r;
  r.loop = {reader.text(doc, "loop", "", true), reader.text(doc, "runtime", ""),  reader.text(doc, "clock", ""),
            reader.text(doc, "rule", ""),       reader.text(doc, "baseline", ""), reader.text(doc, "expected", ""),
            reader.text(doc, "unavailable", "")};
  if (r.loop.note.empty()) r.cells = reader.cells(doc);
  return r;
}

}  // namespace loopspec::harness
