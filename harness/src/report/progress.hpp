// Progress of a `loopspec check` run: on a terminal one line that updates in
// place ("[ 42/570] libuv gather/nested_gathers"); otherwise (a CI log) plain
// lines only for what matters: failures and finished areas.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>

namespace loopspec::harness {

class Progress {
 public:
  /// `terminal`: stdout is a terminal, `columns` wide (a longer progress
  /// line would wrap, and \r would no longer go back over it).
  Progress(std::ostream& out, std::size_t total, bool terminal, std::size_t columns = 80)
      : out_(out), total_(total), terminal_(terminal), columns_(columns) {}

  /// One more scenario done; `label` names it.
  void step(const std::string& label);
  /// A line that stays (a failure, an area finished), above the progress line.
  void note(const std::string& line);
  /// Clears the progress line.
  void finish();

  bool terminal() const { return terminal_; }
  std::string counter() const;

 private:
  void clear_line();
  void draw();

  std::ostream& out_;
  std::size_t total_, done_ = 0;
  bool terminal_;
  std::size_t columns_;
  std::string last_label_;
};

}  // namespace loopspec::harness
