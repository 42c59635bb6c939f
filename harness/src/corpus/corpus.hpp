// Corpus: where a golden corpus keeps its files. The one place that knows the
// layout, shared by the source tree's traces/ and the installed
// share/loopspec/:
//
//   <root>/golden/<area>/<name>.json     golden files (docs/ir.md)
//   <root>/scenarios/<area>/<name>.py    their Python sources (may be absent)
//   <root>/features.txt                  the feature tag registry
//
// A scenario's id is "<area>/<name>".
#pragma once

#include <string>
#include <vector>

namespace loopspec::harness {

class Corpus {
 public:
  /// The corpus whose golden directory is `golden_dir` (a trailing '/' is fine).
  explicit Corpus(const std::string& golden_dir);

  /// The corpus when none is named: $LOOPSPEC_GOLDEN_DIR, else the installed
  /// share/loopspec/golden beside the running executable's bin/, else the
  /// source tree's traces/golden this harness was built from.
  static Corpus default_corpus();

  const std::string& golden_dir() const { return golden_dir_; }
  std::string features_file() const;
  std::string scenarios_dir() const;
  /// Golden files, sorted by path.
  std::vector<std::string> golden_files() const;

  /// "<area>/<name>" of a golden file's path.
  static std::string id_of(const std::string& golden_file);
  /// The area of an id or a golden file's path.
  static std::string area_of(const std::string& golden_file);
  /// The golden file's Python source when the corpus has it, else "".
  static std::string source_of(const std::string& golden_file);

 private:
  std::string golden_dir_;
};

}  // namespace loopspec::harness
