// An implementation's expected-failures list, impls/<name>/expected-failures.txt:
//
//   # comment
//   <scenario id>  <reason>
//
// A listed scenario that fails is an expected failure (it passes its ctest
// test with the note "expected failure: <reason>"); one that passes is an
// unexpected pass (XPASS), a failure until it is taken off the list. Lines
// that do not parse and ids not in the golden corpus are LoadErrors naming
// file:line, so a stale list cannot hide anything.
#pragma once

#include <map>
#include <set>
#include <string>

namespace loopspec::harness {

struct ExpectedFailure {
  std::string reason;
  std::string where;  // file:line, for messages
};

class ExpectedFailures {
 public:
  /// An empty `path` gives an empty list. `known_ids` are the corpus's
  /// scenario ids (<area>/<name>).
  static ExpectedFailures load(const std::string& path, const std::set<std::string>& known_ids);

  /// The entry for `scenario_id`, or null.
  const ExpectedFailure* find(const std::string& scenario_id) const;
  std::size_t size() const { return entries_.size(); }

 private:
  std::map<std::string, ExpectedFailure> entries_;
};

}  // namespace loopspec::harness
