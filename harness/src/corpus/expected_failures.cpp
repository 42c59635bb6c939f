// ExpectedFailures (expected_failures.hpp).
#include "corpus/expected_failures.hpp"

#include <sstream>

#include "common/errors.hpp"
#include "common/json_reader.hpp"

namespace loopspec::harness {
namespace {

std::string area_of(const std::string& id) { return id.substr(0, id.find('/')); }

std::string trim(const std::string& s) {
  auto b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

}  // namespace

ExpectedFailures ExpectedFailures::load(const std::string& path, const std::set<std::string>& known_ids) {
  ExpectedFailures out;
  if (path.empty()) return out;
  // A corpus without an area (a test's small corpus) cannot tell a stale id
  // of that area from a good one: only ids of its own areas are checked.
  std::set<std::string> areas;
  for (const std::string& known : known_ids) areas.insert(area_of(known));
  std::istringstream in(read_text_file(path));
  std::string raw;
  for (int lineno = 1; std::getline(in, raw); ++lineno) {
    std::string line = trim(raw);
    if (line.empty() || line[0] == '#') continue;
    std::string where = path + ":" + std::to_string(lineno);
    auto gap = line.find_first_of(" \t");
    std::string id = line.substr(0, gap);
    std::string reason = gap == std::string::npos ? "" : trim(line.substr(gap));
    if (reason.empty())
      throw LoadError(where + ": '" + id + "' has no reason: write `<scenario id>  <reason>`");
    if (!known_ids.count(id) && areas.count(area_of(id)))
      throw LoadError(where + ": unknown scenario id '" + id +
                      "': ids are <area>/<name> of the golden corpus (renamed or removed? take it off the list)");
    auto [it, fresh] = out.entries_.emplace(id, ExpectedFailure{reason, where});
    if (!fresh) throw LoadError(where + ": '" + id + "' is already listed at " + it->second.where);
  }
  return out;
}

const ExpectedFailure* ExpectedFailures::find(const std::string& scenario_id) const {
  auto it = entries_.find(scenario_id);
  return it == entries_.end() ? nullptr : &it->second;
}

}  // namespace loopspec::harness
